/// Something rows are written into field by field, so one function spells a report's rows whether they
/// end up encoded as bytes (`EncodedRows`) or kept as text (`TextRows`).
public protocol RowBuilder {
    mutating func beginRow()
    /// The row's next field; nil is an empty field.
    mutating func field(_ text: String?)
    mutating func endRow()
}

/// Rows kept as arrays of optional text, for callers that read them back (a preview, a test).
public struct TextRows: RowBuilder, Sendable {
    public private(set) var rows: [[String?]] = []

    public init() {}

    public mutating func beginRow() {
        rows.append([])
    }

    public mutating func field(_ text: String?) {
        rows[rows.count - 1].append(text)
    }

    public mutating func endRow() {}
}
