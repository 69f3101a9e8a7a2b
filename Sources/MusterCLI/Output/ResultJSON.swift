/// What a command did, as one JSON object (`--format json` on init, assign, void, waive, import, audit verify
/// and the rest): built from plain values, printed by `JSONOutput` in the style every command shares.
enum ResultJSON: Encodable, Equatable {
    case string(String)
    case integer(Int64)
    case number(Double)
    case bool(Bool)
    case null
    case list([ResultJSON])
    case object([String: ResultJSON])

    static func text(_ value: String?) -> ResultJSON { value.map { .string($0) } ?? .null }
    static func int(_ value: Int) -> ResultJSON { .integer(Int64(value)) }
    static func texts(_ values: [String]) -> ResultJSON { .list(values.map { .string($0) }) }

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let text): try container.encode(text)
        case .integer(let number): try container.encode(number)
        case .number(let number): try container.encode(number)
        case .bool(let flag): try container.encode(flag)
        case .null: try container.encodeNil()
        case .list(let items): try container.encode(items)
        case .object(let fields): try container.encode(fields)
        }
    }
}

/// Prints a command's outcome as its sentence or, with `--format json`, as one object.
enum ResultOutput {
    static func print(_ format: DocumentFormat, _ text: @autoclosure () -> String, json: @autoclosure () -> [String: ResultJSON])
        throws {
        try StandardStreams.out(try render(format, text(), json: json()))
    }

    static func render(_ format: DocumentFormat, _ text: @autoclosure () -> String,
                       json: @autoclosure () -> [String: ResultJSON]) throws -> String {
        format == .json ? try JSONOutput.string(ResultJSON.object(json())) : text()
    }
}
