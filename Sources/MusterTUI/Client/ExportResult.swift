/// Where an export went.
public struct ExportResult: Sendable, Equatable {
    public var path: String
    public var rowCount: Int

    public init(path: String, rowCount: Int) {
        self.path = path
        self.rowCount = rowCount
    }
}
