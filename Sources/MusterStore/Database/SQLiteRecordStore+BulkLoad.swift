import Foundation
import GRDB

extension SQLiteRecordStore {
    /// Indexes that only reads use, which a bulk load into an empty database builds once at the end rather
    /// than updating row by row: building one from the finished table is a sort, while updating it for each
    /// of millions of completions, in date order across a five-year history, touches pages all over it.
    /// `completion_badge_module` is not among them: duplicate checks and voids read it during the load.
    static let indexesDeferredInBulkLoad = ["completion_module_date", "completion_session", "audit_event_entity",
                                            CountingPassIndex.name]

    /// The trigger that keeps `completion_latest` in step as completions are inserted. While it is away, each
    /// command writes `completion_latest` itself (`CommandContext.keepsLatestItself`): a large roster once per
    /// officer and module version (`CompletionLatestTally`), instead of an upsert for each of millions of
    /// completions. The void trigger stays: voids are few, and it reads only the index by officer, which stays too.
    /// `pass_digest`'s insert trigger is away too: a load would mark each officer stale once per pass and build
    /// their blob again in every command; the rebuild afterwards builds every blob once (`PassDigest.buildAll`).
    static let triggersDeferredInBulkLoad = [CompletionLatestRule.insertTrigger, PassDigest.insertTrigger]

    /// Runs `body` (which writes through `apply`, as always) with the read-only indexes and the insert trigger
    /// of `completion_latest` dropped, and builds them again afterwards from their definitions in `StoreSchema`,
    /// whether `body` succeeds or throws. Only a database with no completions yet is loaded this way; otherwise
    /// `body` simply runs. The file is marked incomplete (`IncompleteMarker`) in the transaction that drops them
    /// until they are built again (unless the caller marked it already, as `buildingUntilComplete` does, and
    /// clears it itself), so a process killed inside `body` leaves a file every command refuses, and nothing is
    /// ever owed to a later open: no list of objects to build is kept in the file. `completion_latest` stays
    /// current throughout, written by the commands themselves.
    ///
    /// Such a load also runs with a rollback journal instead of the write-ahead log when no other connection
    /// has the file open (`withRollbackJournal`), and without SQLite's foreign-key checks, which repeat the
    /// commands' own (`withoutForeignKeyChecks`).
    public func loadingInBulk<T>(_ body: () throws -> T) throws -> T {
        let (deferred, marks): (Bool, Bool) = try storageGuard {
            try writer.write { db in
                let holdsCompletions = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM completion)") ?? true
                guard !holdsCompletions else { return (false, false) }
                let marks = try !IncompleteMarker.isMarked(db)
                if marks { try IncompleteMarker.set(true, db) }
                let names = Self.indexesDeferredInBulkLoad + Self.triggersDeferredInBulkLoad
                let placeholders = names.map { _ in "?" }.joined(separator: ", ")
                let objects = try Row.fetchAll(
                    db, sql: "SELECT type, name FROM sqlite_master WHERE name IN (\(placeholders)) ORDER BY name",
                    arguments: StatementArguments(names))
                for object in objects {
                    let type: String = object["type"]
                    let name: String = object["name"]
                    try db.execute(sql: "DROP \(type == "trigger" ? "TRIGGER" : "INDEX") \(name.quotedDatabaseIdentifier)")
                }
                return (true, marks)
            }
        }
        guard deferred else { return try body() }
        return try withRollbackJournal {
            let result: T
            do {
                result = try withoutForeignKeyChecks(body)
            } catch {
                try? buildDeferredSchema(unmarking: marks)
                throw error
            }
            try buildDeferredSchema(unmarking: marks)
            return result
        }
    }

    /// Runs `body` with SQLite's foreign-key checks off on the writing connection, and on again afterwards.
    /// Every command checks what it refers to before it writes (`requireOfficer`, `requireBadge`, the module's
    /// versions, `requireSession`) and names what is missing, so the constraints only repeat those checks:
    /// for each completion, a look-up of its officer and one of its module version (Benchmarks/README.md has
    /// what that costs). Officers and module versions are never deleted, so nothing can come to dangle later either. SQLite
    /// ignores the switch inside a transaction; each of the load's commands runs its own, after it.
    private func withoutForeignKeyChecks<T>(_ body: () throws -> T) throws -> T {
        try storageGuard { try writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA foreign_keys = OFF") } }
        defer {
            // If this fails, the connection is closed with the store; every new one starts with the checks on.
            try? writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA foreign_keys = ON") }
        }
        return try body()
    }

    /// Runs `body` with the database in rollback-journal mode, and back in WAL mode afterwards. A file that only
    /// grows is then written once: a rollback journal keeps copies of the pages that existed when a transaction
    /// began, and a load into a new database adds pages rather than changing them, while the write-ahead log
    /// would take every page once and then copy it into the file at each checkpoint. The switch needs the file to
    /// itself; if another connection, here or in another process, has it open, `body` runs in WAL mode as usual.
    /// Meanwhile other processes wait for this one, as they would for any writer.
    private func withRollbackJournal<T>(_ body: () throws -> T) throws -> T {
        // This process's idle readers would hold the log open; they reopen when next needed.
        (writer as? DatabasePool)?.releaseMemory()
        let mode = try? writer.writeWithoutTransaction { db in try String.fetchOne(db, sql: "PRAGMA journal_mode = DELETE") }
        defer {
            // If this fails, the next `MusterDatabase.open` sets WAL mode again.
            if mode == "delete" { _ = try? writer.writeWithoutTransaction { db in try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") } }
        }
        return try body()
    }

    /// Builds what the load dropped in one transaction, with SQLite set up for sorting millions of rows, and
    /// takes the incomplete mark off when the load put it there.
    private func buildDeferredSchema(unmarking: Bool) throws {
        try storageGuard {
            try writer.writeWithoutTransaction { db in
                try Self.sortingInBulk(db) {
                    try db.inTransaction {
                        try Self.buildDeferredSchema(db)
                        if unmarking { try IncompleteMarker.set(false, db) }
                        return .commit
                    }
                }
            }
        }
    }

    /// Runs `body` with the settings under which SQLite builds an index from a large table fastest, then restores
    /// the connection's own (Benchmarks/README.md has the figures):
    /// - `temp_store = FILE`: the sorter's runs go to temporary files. Kept in memory instead, they are lists of
    ///   small chunks that the merge walks from the start for each read.
    /// - `threads = 2`: a second thread sorts runs while the first reads the table.
    /// - A 2 MiB page cache: smaller sorted runs, which merge faster.
    private static func sortingInBulk<T>(_ db: Database, _ body: () throws -> T) throws -> T {
        let tempStore = try Int.fetchOne(db, sql: "PRAGMA temp_store") ?? 0
        let cacheSize = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
        let threads = try Int.fetchOne(db, sql: "PRAGMA threads") ?? 0
        try db.execute(sql: "PRAGMA temp_store = FILE; PRAGMA threads = 2; PRAGMA cache_size = -2048")
        defer {
            try? db.execute(sql: "PRAGMA temp_store = \(tempStore); PRAGMA cache_size = \(cacheSize); PRAGMA threads = \(threads)")
        }
        return try body()
    }

    /// Creates each index and trigger a load drops that is missing, from this build's own definition.
    private static func buildDeferredSchema(_ db: Database) throws {
        var rebuiltDigests = false
        for name in indexesDeferredInBulkLoad + triggersDeferredInBulkLoad {
            let exists = try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE name = ?)", arguments: [name]) ?? false
            if !exists, let object = StoreSchema.object(named: name) {
                try db.execute(sql: object.sql)
                rebuiltDigests = rebuiltDigests || name == PassDigest.insertTrigger
            }
        }
        if rebuiltDigests { try PassDigest.buildAll(db) }
    }
}
