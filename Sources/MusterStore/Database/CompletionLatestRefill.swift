import GRDB
import GRDBSQLite

/// Recomputes `completion_latest` from `completion` in one pass, for the repair of a bulk load that was killed
/// (one from an earlier Muster left the table to be filled at its end), where firing the triggers once per
/// completion would cost far more.
///
/// The scan reads the completions that can count in the order of `completion_badge_module` (officer, module,
/// date, then id), so SQLite sorts nothing; a `GROUP BY` on officer, module and version sorted millions of
/// rows in one piece. Within an officer's module, each version's last row is the one the triggers keep: the
/// latest `completed_on`, then the highest id.
enum CompletionLatestRefill {
    static let inIndexOrder = """
        SELECT badge, module_id, module_version, id
        FROM completion WHERE result = 'pass' AND voided_reason IS NULL
        ORDER BY badge, module_id, completed_on, id
        """

    static let insert = """
        INSERT INTO completion_latest
            (badge, module_id, module_version, completion_id, completed_on, score, hours, instructor, session_id)
        SELECT badge, module_id, module_version, id, completed_on, score, hours, instructor, session_id
        FROM completion WHERE id = ?
        """

    static func run(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM completion_latest")
        let scan = try db.makeStatement(sql: inIndexOrder)
        let insert = try BoundStatement(db, sql: insert)
        let rows = scan.sqliteStatement
        defer { sqlite3_reset(rows) }
        var group = OfficerModule()
        func flush() throws {
            for id in group.newestPerVersion() {
                insert.reset()
                insert.bind(id, at: 1)
                try insert.execute()
            }
        }
        while true {
            let code = sqlite3_step(rows)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else {
                let message = String(cString: sqlite3_errmsg(db.sqliteConnection))
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: inIndexOrder)
            }
            let badge = text(column: 0, of: rows)
            let module = text(column: 1, of: rows)
            if !group.isFor(badge: badge, module: module) {
                try flush()
                group = OfficerModule(badge: badge, module: module)
            }
            group.note(version: text(column: 2, of: rows), id: sqlite3_column_int64(rows, 3))
        }
        try flush()
    }

    /// A text column's bytes, valid until the next step.
    private static func text(column: Int32, of row: SQLiteStatement) -> UnsafeBufferPointer<UInt8> {
        // Text first, then its length: SQLite's order for reading a column's bytes.
        let text = sqlite3_column_text(row, column)
        return UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(row, column)))
    }

    /// One officer's completions of one module, as they stream past oldest first: the newest id per version.
    private struct OfficerModule {
        private var badge: [UInt8] = []
        private var module: [UInt8] = []
        private var versions: [(version: [UInt8], id: Int64)] = []

        init() {}

        init(badge: UnsafeBufferPointer<UInt8>, module: UnsafeBufferPointer<UInt8>) {
            self.badge = Array(badge)
            self.module = Array(module)
        }

        func isFor(badge: UnsafeBufferPointer<UInt8>, module: UnsafeBufferPointer<UInt8>) -> Bool {
            self.badge.elementsEqual(badge) && self.module.elementsEqual(module)
        }

        mutating func note(version: UnsafeBufferPointer<UInt8>, id: Int64) {
            if let index = versions.firstIndex(where: { $0.version.elementsEqual(version) }) {
                versions[index].id = id
            } else {
                versions.append((Array(version), id))
            }
        }

        /// In the order of `completion_latest`'s key, so each insert lands at the end of the table.
        func newestPerVersion() -> [Int64] {
            versions.sorted { $0.version.lexicographicallyPrecedes($1.version) }.map(\.id)
        }
    }
}
