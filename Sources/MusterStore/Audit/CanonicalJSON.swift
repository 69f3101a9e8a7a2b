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

    static func string(_ text: String) -> String {
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            return "\"" + text + "\""
        }
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
