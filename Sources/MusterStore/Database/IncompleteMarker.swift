import GRDB

/// Marks a database that a long build (`muster demo`) is still filling, so that a build killed part-way
/// leaves a file every command refuses instead of one that looks whole: each batch it committed verifies,
/// but the agency is half there. The mark is SQLite's `user_version` header field, which Muster's schema does
/// not otherwise use: one header read on open, and it needs no table (no migration).
enum IncompleteMarker {
    /// "MSIB": Muster, still in build.
    static let value: Int32 = 0x4D53_4942

    static func isMarked(_ db: Database) throws -> Bool {
        try Int32.fetchOne(db, sql: "PRAGMA user_version") == value
    }

    static func set(_ marked: Bool, _ db: Database) throws {
        try db.execute(sql: "PRAGMA user_version = \(marked ? value : 0)")
    }

    static func refusal(path: String) -> StoreError {
        .storage("\(path) is incomplete: the `muster demo` that was building it stopped before it finished, "
                 + "so it holds part of an agency; delete it and run `muster demo` again")
    }
}

extension MusterDatabase {
    /// Refuses a database a killed build left incomplete (`IncompleteMarker`).
    static func refuseIfIncomplete(_ reader: any DatabaseReader, path: String) throws {
        let marked: Bool
        do {
            marked = try reader.read(IncompleteMarker.isMarked)
        } catch {
            throw StoreError.storage("cannot read \(path): \(error)")
        }
        if marked { throw IncompleteMarker.refusal(path: path) }
    }
}

extension SQLiteRecordStore {
    /// Runs `body`, a build that fills this database through the command layer, with the database marked
    /// incomplete until it returns. If `body` throws, or the process dies inside it, the mark stays and every
    /// later open refuses the file.
    public func buildingUntilComplete<T>(_ body: () throws -> T) throws -> T {
        try storageGuard { try writer.writeWithoutTransaction { db in try IncompleteMarker.set(true, db) } }
        let result = try body()
        try storageGuard { try writer.writeWithoutTransaction { db in try IncompleteMarker.set(false, db) } }
        return result
    }
}
