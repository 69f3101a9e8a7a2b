import GRDB

/// Tells when another connection, in this process or another, has committed to a database: SQLite's
/// `PRAGMA data_version` on one read-only connection kept for the purpose. The number is only comparable with
/// itself on the same connection, which is why the watch has its own rather than borrowing a pool's readers.
public final class DatabaseChangeWatch: Sendable {
    private let connection: DatabaseQueue

    /// Nil when the file cannot be opened for the watch (a read-only copy opened as immutable never changes).
    public init?(path: String) {
        _ = MusterDatabase.sqliteConfigured
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(MusterDatabase.busyTimeout)
        guard let connection = try? DatabaseQueue(path: path, configuration: configuration) else { return nil }
        self.connection = connection
    }

    /// A number that grows each time another connection commits (the watch's own, which never writes, aside).
    public func version() throws -> Int64 {
        try connection.inDatabase { db in try Int64.fetchOne(db, sql: "PRAGMA data_version") ?? 0 }
    }
}
