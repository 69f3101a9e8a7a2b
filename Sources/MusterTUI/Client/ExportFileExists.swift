/// The export's file already exists and the request did not say to replace it: the Exports tab asks first.
public struct ExportFileExists: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String

    public init(path: String) {
        self.path = path
    }

    public var description: String { "'\(path)' already exists" }
}
