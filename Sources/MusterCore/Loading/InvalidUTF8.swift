/// Where a file stops being UTF-8, by line, so a CSV or curricula file with one bad byte is reported at the
/// line to fix rather than as a whole.
public enum InvalidUTF8 {
    /// The 1-based lines of `bytes[start...]` holding bytes that are not UTF-8; LF, CRLF and a lone CR each
    /// end a line, as the CSV reader and libyaml count them. Empty when the bytes are UTF-8. CR and LF are
    /// never part of a multi-byte sequence, so each line can be checked on its own.
    public static func lines(in bytes: [UInt8], from start: Int = 0) -> [Int] {
        var bad: [Int] = []
        var line = 1
        var lineStart = start
        var index = start
        func check(until end: Int) {
            if String(validating: bytes[lineStart..<end], as: UTF8.self) == nil { bad.append(line) }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                check(until: index)
                if byte == UInt8(ascii: "\r"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") { index += 1 }
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        check(until: bytes.count)
        return bad
    }
}
