/// How far a running export has got.
public struct ExportProgress: Sendable, Equatable {
    public var rowsWritten: Int
    public var totalRows: Int?

    public init(rowsWritten: Int, totalRows: Int? = nil) {
        self.rowsWritten = rowsWritten
        self.totalRows = totalRows
    }
}
