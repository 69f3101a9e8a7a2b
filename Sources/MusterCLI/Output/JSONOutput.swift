import Foundation

/// JSON as Muster prints it: stable key order and readable indentation, so scripts and diffs agree.
enum JSONOutput {
    static func string<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return escapingControls(String(decoding: try encoder.encode(value), as: UTF8.self))
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
