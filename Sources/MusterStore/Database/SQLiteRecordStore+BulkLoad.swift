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
    /// loaded this way; otherwise `body` simply runs. A process killed inside `body` leaves the indexes
    /// missing, which is why only a new database (the demo's) may be loaded like this.
    public func loadingInBulk<T>(_ body: () throws -> T) throws -> T {
        let dropped: [(name: String, sql: String)] = try storageGuard {
            try writer.write { db in
                let holdsCompletions = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM completion)") ?? true
                guard !holdsCompletions else { return [] }
                let placeholders = Self.indexesDeferredInBulkLoad.map { _ in "?" }.joined(separator: ", ")
                let indexes = try Row.fetchAll(
                    db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND name IN (\(placeholders)) ORDER BY name",
                    arguments: StatementArguments(Self.indexesDeferredInBulkLoad)
                ).map { (name: $0["name"] as String, sql: $0["sql"] as String) }
                for index in indexes { try db.execute(sql: "DROP INDEX \"\(index.name)\"") }
                return indexes
            }
        }
        func rebuild() throws {
            guard !dropped.isEmpty else { return }
            try storageGuard {
                try writer.write { db in
                    for index in dropped { try db.execute(sql: index.sql) }
                }
            }
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
}
