import GRDB
import MusterCore

extension SQLiteRecordStore {
    /// The events `filter` matches, newest first, each with the hash of the event before it in the whole log.
    public func auditLog(_ filter: AuditLogFilter, limit: Int = 50, offset: Int = 0) throws -> [AuditEvent] {
        let condition = filter.condition
        return try read { db in
            try Row.fetchAll(
                db, sql: """
                    SELECT e.*, (SELECT p.hash FROM audit_event p WHERE p.id < e.id ORDER BY p.id DESC LIMIT 1) AS prev_hash
                    FROM audit_event e WHERE \(condition.sql) ORDER BY e.id DESC LIMIT ? OFFSET ?
                    """,
                arguments: StatementArguments(condition.arguments) + [max(0, limit), max(0, offset)]
            ).map { row in
                let previous: DatabaseValue = row["prev_hash"]
                return RowDecoding.auditEvent(
                    row, prevHash: previous.isNull ? AuditEvent.genesisHash : RowDecoding.auditHash(previous))
            }
        }
    }
}
