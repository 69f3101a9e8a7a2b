import Foundation
import GRDB

extension SQLiteRecordStore {
    /// Indexes that only reads use, which a bulk load into an empty database builds once at the end rather
    /// than updating row by row: building one from the finished table is a sort, while updating it for each
    /// of millions of completions, in date order across a five-year history, touches pages all over it.
    /// `completion_badge_module` is not among them: duplicate checks and voids read it during the load.
    static let indexesDeferredInBulkLoad = [
        "completion_completed_on", "completion_module", "completion_session", "completion_counted_on", "audit_event_entity",
    ]

    /// Runs `body` (which writes through `apply`, as always) with the read-only indexes dropped, and builds
    /// them again afterwards, whether `body` succeeds or throws. Only a database with no completions yet is
    /// loaded this way; otherwise `body` simply runs. The dropped indexes are written down in
    /// `deferred_index` with the drop itself, so that a process killed inside `body` leaves them owed, and
    /// the next `MusterDatabase.open` builds them (`restoreDeferredIndexes`).
    public func loadingInBulk<T>(_ body: () throws -> T) throws -> T {
        let loader = Int64(getpid())
        let deferred: Bool = try storageGuard {
            try writer.write { db in
                let holdsCompletions = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM completion)") ?? true
                guard !holdsCompletions else { return false }
                let placeholders = Self.indexesDeferredInBulkLoad.map { _ in "?" }.joined(separator: ", ")
                let indexes = try Row.fetchAll(
                    db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND name IN (\(placeholders)) ORDER BY name",
                    arguments: StatementArguments(Self.indexesDeferredInBulkLoad)
                ).map { (name: $0["name"] as String, sql: $0["sql"] as String) }
                for index in indexes {
                    try db.execute(sql: "INSERT INTO deferred_index (name, sql, loader_pid) VALUES (?, ?, ?)",
                                   arguments: [index.name, index.sql, loader])
                    try db.execute(sql: "DROP INDEX \"\(index.name)\"")
                }
                return !indexes.isEmpty
            }
        }
        func rebuild() throws {
            guard deferred else { return }
            try storageGuard { try writer.write { db in try Self.buildDeferredIndexes(db, loaders: [loader]) } }
        }
        let result: T
        do {
            result = try body()
        } catch {
            try? rebuild()
            throw error
        }
        try rebuild()
        return result
    }

    /// Builds the indexes owed by bulk loads whose process is gone (killed, or the machine stopped), in one
    /// transaction. Costs one small read when nothing is owed. A load still running elsewhere is left alone:
    /// it builds its own indexes when it ends.
    public func restoreDeferredIndexes() throws {
        let loaders = try storageGuard {
            try writer.read { db in try Int64.fetchAll(db, sql: "SELECT DISTINCT loader_pid FROM deferred_index") }
        }
        let abandoned = loaders.filter { !Self.isRunning(pid: $0) }
        guard !abandoned.isEmpty else { return }
        try storageGuard { try writer.write { db in try Self.buildDeferredIndexes(db, loaders: abandoned) } }
    }

    /// Creates each index `loaders` still owe (unless someone already has) and strikes it off the list.
    private static func buildDeferredIndexes(_ db: Database, loaders: [Int64]) throws {
        let placeholders = loaders.map { _ in "?" }.joined(separator: ", ")
        let owed = try Row.fetchAll(
            db, sql: "SELECT name, sql FROM deferred_index WHERE loader_pid IN (\(placeholders)) ORDER BY name",
            arguments: StatementArguments(loaders))
        for index in owed {
            let name: String = index["name"]
            let exists = try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?)", arguments: [name]) ?? false
            if !exists { try db.execute(sql: index["sql"]) }
            try db.execute(sql: "DELETE FROM deferred_index WHERE name = ?", arguments: [name])
        }
    }

    /// Whether process `pid` is this one or still alive on this machine.
    private static func isRunning(pid: Int64) -> Bool {
        guard let pid = pid_t(exactly: pid), pid > 0 else { return false }
        return pid == getpid() || kill(pid, 0) == 0 || errno == EPERM
    }
}
