/// The first rows an export would write.
public struct ExportPreview: Sendable, Equatable {
    public var header: [String]
    /// About the first ten rows.
    public var rows: [[String]]
    /// How many rows the whole export holds, when known cheaply.
    public var totalRows: Int?

    public init(header: [String], rows: [[String]], totalRows: Int? = nil) {
        self.header = header
        self.rows = rows
        self.totalRows = totalRows
    }
}
