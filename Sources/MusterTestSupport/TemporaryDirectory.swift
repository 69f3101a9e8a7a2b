import Foundation

/// A fresh directory under the system temporary folder that a test writes into, removed by `remove()` or
/// when the value goes away. Tests never write anywhere else, and this removes only what it created.
public final class TemporaryDirectory: Sendable {
    public let url: URL

    public init(prefix: String = "muster-test") throws {
        url = FileManager.default.temporaryDirectory.appending(path: "\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    public var path: String { url.path(percentEncoded: false) }

    /// The path of `name` inside the directory.
    public func file(_ name: String) -> String {
        url.appending(path: name).path(percentEncoded: false)
    }

    /// Writes `text` to `name` inside the directory (creating sub-folders) and returns its path.
    @discardableResult
    public func write(_ name: String, _ text: String) throws -> String {
        let target = url.appending(path: name)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: target)
        return target.path(percentEncoded: false)
    }

    public func remove() {
        try? FileManager.default.removeItem(at: url)
    }

    deinit {
        remove()
    }
}
