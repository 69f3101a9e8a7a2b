import GRDB
import GRDBSQLite

extension Statement {
    /// Steps the statement through SQLite's C API, as the hot readers do (a GRDB cursor hands out a row object per
    /// row): true on a row, false when done; SQLite's error as a `DatabaseError`.
    func stepRow() throws -> Bool {
        let sqlite = sqliteStatement
        switch sqlite3_step(sqlite) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        case let code:
            throw DatabaseError(resultCode: ResultCode(rawValue: code),
                                message: String(cString: sqlite3_errmsg(sqlite3_db_handle(sqlite))), sql: sql)
        }
    }
}
