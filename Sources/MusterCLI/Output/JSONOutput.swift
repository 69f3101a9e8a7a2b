import Foundation

/// JSON as Muster prints it, one style for every command: objects with snake_case keys in sorted order, two
/// spaces of indentation and `"key": value` (as the row lists of `--format json` write their objects), dates
/// as `YYYY-MM-DD`, absent values as `null` or left out. A command that did something prints one object
/// (`ResultJSON`); a command that lists records prints an array of objects, one per line, keys in column order
/// (`RecordPrinter`, the export writers).
enum JSONOutput {
    static func string<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return escapingControls(tightEmpties(tightColons(String(decoding: try encoder.encode(value), as: UTF8.self))))
    }

    /// The encoder spreads an empty list or object over three lines; a string holds no raw line break, so only
    /// empty containers match.
    private static func tightEmpties(_ json: String) -> String {
        json.replacingOccurrences(of: #"\[\n\n *\]"#, with: "[]", options: .regularExpression)
            .replacingOccurrences(of: #"\{\n\n *\}"#, with: "{}", options: .regularExpression)
    }

    /// The encoder writes `"key" : value`; the row writers and most JSON tools write `"key": value`. A key
    /// starts its line after the indentation and a string holds no raw line break, so only keys match.
    private static func tightColons(_ json: String) -> String {
        json.split(separator: "\n", omittingEmptySubsequences: false).map { line -> Substring in
            let body = line.drop { $0 == " " }
            guard body.first == "\"", let end = closingQuote(body), body[end...].hasPrefix("\" : ") else { return line }
            let indentation = line[line.startIndex..<body.startIndex]
            return indentation + body[...end] + ":" + body[body.index(end, offsetBy: 3)...]
        }.joined(separator: "\n")
    }

    /// The index of the quote closing the string that opens `text`, skipping escaped characters.
    private static func closingQuote(_ text: Substring) -> Substring.Index? {
        var index = text.index(after: text.startIndex)
        while index < text.endIndex {
            switch text[index] {
            case "\\": index = text.index(index, offsetBy: 2, limitedBy: text.endIndex) ?? text.endIndex
            case "\"": return index
            default: index = text.index(after: index)
            }
        }
        return nil
    }

    /// The encoder escapes C0 controls but leaves DEL and C1 raw; as `\u007f`…`\u009f` they are the same JSON
    /// data and nothing a terminal acts on (they can only occur inside strings, so the rewrite is safe).
    private static func escapingControls(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: { (0x7F...0x9F).contains($0.value) }) else { return json }
        var escaped = ""
        for scalar in json.unicodeScalars {
            if (0x7F...0x9F).contains(scalar.value) {
                escaped += "\\u00" + String(scalar.value, radix: 16)
            } else {
                escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}
