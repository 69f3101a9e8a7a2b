/// Canonical JSON written straight into a byte buffer: the one place that decides how audit states and
/// event hashes are spelled, so states built from inserted values, states read back from rows and the
/// verifier's recomputation are the same bytes. Bulk writes reuse one writer instead of growing Strings.
struct CanonicalJSONWriter {
    var bytes: [UInt8] = []

    init(capacity: Int = 512) {
        bytes.reserveCapacity(capacity)
    }

    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
    }

    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func byte(_ byte: UInt8) {
        bytes.append(byte)
    }

    mutating func null() {
        raw("null")
    }

    /// A JSON string literal of `text`.
    mutating func string(_ text: String) {
        var text = text
        text.withUTF8 { string(utf8: $0) }
    }

    /// A JSON string literal of `text`, or `null`.
    mutating func string(_ text: String?) {
        if let text { string(text) } else { null() }
    }

    /// A JSON string literal of UTF-8 bytes: `"` and `\` escaped, newline, return and tab by name, other
    /// control bytes as `\u00XX`; everything else, non-ASCII included, as it is.
    mutating func string(utf8 text: UnsafeBufferPointer<UInt8>) {
        // Sized exactly first, then written through a pointer and appended at once: audit states nest JSON
        // full of quotes, and appending run by run is a visible share of every bulk write.
        var extra = 0
        for byte in text where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
            extra += Self.needsName(byte) ? 1 : 5
        }
        guard extra > 0 else {
            bytes.append(UInt8(ascii: "\""))
            bytes.append(contentsOf: text)
            bytes.append(UInt8(ascii: "\""))
            return
        }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: text.count + extra + 2) { buffer in
            guard var out = buffer.baseAddress else { return }
            out.pointee = UInt8(ascii: "\"")
            out += 1
            for byte in text {
                if byte >= 0x20, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\") {
                    out.pointee = byte
                    out += 1
                    continue
                }
                out.pointee = UInt8(ascii: "\\")
                switch byte {
                case UInt8(ascii: "\""): out[1] = UInt8(ascii: "\"")
                case UInt8(ascii: "\\"): out[1] = UInt8(ascii: "\\")
                case UInt8(ascii: "\n"): out[1] = UInt8(ascii: "n")
                case UInt8(ascii: "\r"): out[1] = UInt8(ascii: "r")
                case UInt8(ascii: "\t"): out[1] = UInt8(ascii: "t")
                default:
                    out[1] = UInt8(ascii: "u")
                    out[2] = UInt8(ascii: "0")
                    out[3] = UInt8(ascii: "0")
                    out[4] = Self.hexDigits[Int(byte >> 4)]
                    out[5] = Self.hexDigits[Int(byte & 0x0F)]
                    out += 4
                }
                out += 2
            }
            out.pointee = UInt8(ascii: "\"")
            bytes.append(contentsOf: buffer)
        }
    }

    /// Whether an escaped byte has a two-character name (`\"`, `\\`, `\n`, `\r`, `\t`) rather than `\u00XX`.
    private static func needsName(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "\n")
            || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\t")
    }

    /// A JSON string literal of other bytes (a nested JSON document is stored as a string).
    mutating func string(utf8 text: [UInt8]) {
        text.withUnsafeBufferPointer { string(utf8: $0) }
    }

    mutating func integer(_ number: Int64) {
        if number == 0 { return bytes.append(UInt8(ascii: "0")) }
        // Int64.min has no positive counterpart, so digits are taken from the negative side.
        var rest = number
        if number < 0 { bytes.append(UInt8(ascii: "-")) } else { rest = -rest }
        let start = bytes.count
        while rest != 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(-(rest % 10)))
            rest /= 10
        }
        bytes[start...].reverse()
    }

    mutating func integer(_ number: Int?) {
        if let number { integer(Int64(number)) } else { null() }
    }

    /// Swift's shortest round-tripping form (`4.0`, `0.1`); non-finite numbers have no JSON form.
    mutating func double(_ number: Double) {
        if number.isFinite { bytes.append(contentsOf: String(number).utf8) } else { null() }
    }

    /// `"key":` — keys are the column names, plain ASCII that needs no escaping.
    mutating func key(_ name: StaticString) {
        bytes.append(UInt8(ascii: "\""))
        raw(name)
        raw("\":")
    }

    var text: String {
        String(decoding: bytes, as: UTF8.self)
    }

    static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
}
