/// One cell of an export: CSV writes it as text, JSON keeps its type.
public enum ExportValue: Sendable, Equatable {
    case text(String)
    case integer(Int)
    case number(Double)
    case bool(Bool)
    case null

    public static func optionalText(_ text: String?) -> ExportValue {
        text.map { .text($0) } ?? .null
    }

    /// The CSV form: empty for null, whole numbers without ".0".
    public var csvText: String {
        switch self {
        case .text(let text): text
        case .integer(let number): String(number)
        case .number(let number): Self.format(number)
        case .bool(let flag): flag ? "true" : "false"
        case .null: ""
        }
    }

    /// The JSON form.
    public var jsonText: String {
        switch self {
        case .text(let text): JSONText.string(text)
        case .integer(let number): String(number)
        case .number(let number): number.isFinite ? Self.format(number) : "null"
        case .bool(let flag): flag ? "true" : "false"
        case .null: "null"
        }
    }

    static func format(_ number: Double) -> String {
        if number.rounded() == number, abs(number) < 1e15 { return String(Int(number)) }
        return String(number)
    }
}

/// JSON string escaping for the export writers.
public enum JSONText {
    public static func string(_ text: String) -> String {
        CanonicalJSON.string(text)
    }
}
