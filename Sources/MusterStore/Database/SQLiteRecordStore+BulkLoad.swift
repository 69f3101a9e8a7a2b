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

    /// The triggers that keep `completion_latest` in step. A bulk load fills that table once at the end, in
    /// one grouped pass, instead of firing an upsert for each of millions of completions.
    static let triggersDeferredInBulkLoad = ["completion_latest_on_insert", "completion_latest_on_void"]

    /// `completion_latest` recomputed from `completion` in one grouped pass. Each group's row is the one with
    /// the largest (completed_on, id), packed into one integer so that the row is unique and SQLite's rule for
    /// a lone `max()` (the other columns come from the row holding the maximum) picks exactly the row the
    /// triggers would have kept. Ids stay below 10^10.
    static let refillCompletionLatest = """
        DELETE FROM completion_latest;
        INSERT INTO completion_latest
            (badge, module_id, module_version, completion_id, completed_on, score, hours, instructor, session_id)
        SELECT badge, module_id, module_version,
               max(CAST(replace(completed_on, '-', '') AS INTEGER) * 10000000000 + id) % 10000000000,
               completed_on, score, hours, instructor, session_id
        FROM completion WHERE result = 'pass' AND voided_reason IS NULL
        GROUP BY badge, module_id, module_version;
        """

    /// Runs `body` (which writes through `apply`, as always) with the read-only indexes and the
    /// `completion_latest` triggers dropped, and builds them again afterwards (refilling `completion_latest`),
    /// whether `body` succeeds or throws. Only a database with no completions yet is loaded this way;
    /// otherwise `body` simply runs. While the load runs, `completion_latest` lags behind: statuses read
    /// meanwhile see none of the loaded history. The drop is written down in `deferred_schema` in the same
    /// transaction, so that a process killed inside `body` leaves it owed, and the next `MusterDatabase.open`
    /// builds it (`restoreDeferredSchema`).
    public func loadingInBulk<T>(_ body: () throws -> T) throws -> T {
        let loader = Int64(getpid())
        let deferred: Bool = try storageGuard {
            try writer.write { db in
                let holdsCompletions = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM completion)") ?? true
                guard !holdsCompletions else { return false }
                let names = Self.indexesDeferredInBulkLoad + Self.triggersDeferredInBulkLoad
                let placeholders = names.map { _ in "?" }.joined(separator: ", ")
                let objects = try Row.fetchAll(
                    db, sql: "SELECT type, name, sql FROM sqlite_master WHERE name IN (\(placeholders)) ORDER BY name",
                    arguments: StatementArguments(names))
                for object in objects {
                    let type: String = object["type"]
                    let name: String = object["name"]
                    try db.execute(sql: "INSERT INTO deferred_schema (name, sql, loader_pid) VALUES (?, ?, ?)",
                                   arguments: [name, object["sql"], loader])
                    try db.execute(sql: "DROP \(type == "trigger" ? "TRIGGER" : "INDEX") \"\(name)\"")
                }
                return !objects.isEmpty
            }
        }
        func rebuild() throws {
            guard deferred else { return }
            try storageGuard { try writer.write { db in try Self.buildDeferredSchema(db, loaders: [loader]) } }
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

    /// Builds what bulk loads whose process is gone (killed, or the machine stopped) still owe, in one
    /// transaction. Costs one small read when nothing is owed. A load still running elsewhere is left alone:
    /// it builds its own schema when it ends.
    public func restoreDeferredSchema() throws {
        let loaders = try storageGuard {
            try writer.read { db in try Int64.fetchAll(db, sql: "SELECT DISTINCT loader_pid FROM deferred_schema") }
        }
        let abandoned = loaders.filter { !Self.isRunning(pid: $0) }
        guard !abandoned.isEmpty else { return }
        try storageGuard { try writer.write { db in try Self.buildDeferredSchema(db, loaders: abandoned) } }
    }

    /// Creates each index and trigger `loaders` still owe (unless someone already has) and strikes it off the
    /// list; `completion_latest` is refilled first if its triggers were among them.
    private static func buildDeferredSchema(_ db: Database, loaders: [Int64]) throws {
        let placeholders = loaders.map { _ in "?" }.joined(separator: ", ")
        let owed = try Row.fetchAll(
            db, sql: "SELECT name, sql FROM deferred_schema WHERE loader_pid IN (\(placeholders)) ORDER BY name",
            arguments: StatementArguments(loaders))
        if owed.contains(where: { triggersDeferredInBulkLoad.contains($0["name"]) }) {
            try db.execute(sql: refillCompletionLatest)
        }
        for object in owed {
            let name: String = object["name"]
            let exists = try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE name = ?)", arguments: [name]) ?? false
            if !exists { try db.execute(sql: object["sql"]) }
            try db.execute(sql: "DELETE FROM deferred_schema WHERE name = ?", arguments: [name])
        }
    }

    /// Whether process `pid` is this one or still alive on this machine.
    private static func isRunning(pid: Int64) -> Bool {
        guard let pid = pid_t(exactly: pid), pid > 0 else { return false }
        return pid == getpid() || kill(pid, 0) == 0 || errno == EPERM
    }
}
