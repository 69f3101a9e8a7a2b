import GRDB

/// Deterministic JSON text (sorted keys, fixed number forms, minimal escaping): what the audit trail
/// stores as before/after states and hashes, so a later re-serialisation of the same row compares equal.
enum CanonicalJSON {
    static func object(of row: Row) -> String {
        var pairs: [(String, DatabaseValue)] = []
        for (column, value) in row { pairs.append((column, value)) }
        // Column names are ASCII, where String ordering and byte ordering agree.
        pairs.sort { $0.0 < $1.0 }
        var text = "{"
        for (index, pair) in pairs.enumerated() {
            if index > 0 { text += "," }
            text += string(pair.0)
            text += ":"
            text += value(pair.1)
        }
        return text + "}"
    }

    static func array(_ items: [String?]) -> String {
        "[" + items.map { $0.map(string) ?? "null" }.joined(separator: ",") + "]"
    }

    static func value(_ value: DatabaseValue) -> String {
        switch value.storage {
        case .null: "null"
        case .int64(let number): String(number)
        case .double(let number): number.isFinite ? String(number) : "null"
        case .string(let text): string(text)
        case .blob(let data): string(data.map { String(format: "%02x", $0) }.joined())
        }
    }

    /// A JSON string literal. Works on UTF-8 bytes: audit states are themselves JSON full of quotes, and
    /// escaping them scalar by scalar was the write path's largest cost.
    static func string(_ text: String) -> String {
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            return "\"" + text + "\""
        }
        let hexDigits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "\""))
            case UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "\\"))
            case UInt8(ascii: "\n"): out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "n"))
            case UInt8(ascii: "\r"): out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "r"))
            case UInt8(ascii: "\t"): out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "t"))
            case 0..<0x20:
                out += Array("\\u00".utf8)
                out.append(hexDigits[Int(byte >> 4)])
                out.append(hexDigits[Int(byte & 0x0F)])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
        return String(decoding: out, as: UTF8.self)
    }
}
