import GRDB

extension SQLiteRecordStore {
    /// A number that grows each time another connection, in this process or another, commits to the database:
    /// SQLite's `PRAGMA data_version`, read on the writing connection because the number is only comparable with
    /// itself on one connection, and that one is always open (a setgid Muster could not open a new one after
    /// giving up its group). Its own commits do not count; whoever made them already knows.
    public func dataVersion() throws -> Int64 {
        try storageGuard {
            try writer.writeWithoutTransaction { db in try Int64.fetchOne(db, sql: "PRAGMA data_version") ?? 0 }
        }
    }
}
