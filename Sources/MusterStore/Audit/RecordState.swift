import GRDB
import MusterCore

/// The canonical JSON of a row built from the values just written to it, byte for byte what
/// `CanonicalJSON.object(of:)` makes of the stored row (and so what `verifyAudit` recomputes), without
/// reading the row back. Only valid while the table has exactly the columns listed here and no trigger
/// rewrites the row: `CommandContext` checks the columns once per transaction and otherwise reads back.
enum RecordState {
    /// Column names in the order the canonical JSON sorts them.
    static let officerColumns = [
        "badge", "email", "first_name", "hire_date", "last_name", "login", "rank", "status", "unit",
    ]
    static let completionColumns = [
        "badge", "completed_on", "hours", "id", "instructor", "module_id", "module_version", "result", "score",
        "session_id", "voided_at", "voided_by", "voided_reason",
    ]

    /// Whether the table's columns are exactly the ones the builders here write.
    static func columnsMatch(_ entity: AuditEntity, _ db: Database) throws -> Bool {
        let expected: [String]
        switch entity {
        case .officer: expected = officerColumns
        case .completion: expected = completionColumns
        default: return false
        }
        return try db.columns(in: entity.table).map(\.name).sorted() == expected
    }

    static func officer(_ officer: Officer, into writer: inout CanonicalJSONWriter) {
        writer.raw("{\"badge\":")
        writer.string(officer.badge)
        writer.raw(",\"email\":")
        writer.string(officer.email)
        writer.raw(",\"first_name\":")
        writer.string(officer.firstName)
        writer.raw(",\"hire_date\":")
        if let hireDate = officer.hireDate { hireDate.writeJSON(into: &writer) } else { writer.null() }
        writer.raw(",\"last_name\":")
        writer.string(officer.lastName)
        writer.raw(",\"login\":")
        writer.string(officer.login)
        writer.raw(",\"rank\":")
        writer.string(officer.rank)
        writer.raw(",\"status\":")
        writer.string(officer.status.rawValue)
        writer.raw(",\"unit\":")
        writer.string(officer.unit)
        writer.byte(UInt8(ascii: "}"))
    }

    /// A completion as inserted: never voided yet.
    static func completion(
        id: Int64, badge: String, moduleID: String, moduleVersion: String, completedOn: CalendarDate, result: String,
        score: Int?, hours: Double?, instructor: String?, sessionID: Int64?, into writer: inout CanonicalJSONWriter
    ) {
        writer.raw("{\"badge\":")
        writer.string(badge)
        writer.raw(",\"completed_on\":")
        completedOn.writeJSON(into: &writer)
        writer.raw(",\"hours\":")
        writer.double(hours)
        writer.raw(",\"id\":")
        writer.integer(id)
        writer.raw(",\"instructor\":")
        writer.string(instructor)
        writer.raw(",\"module_id\":")
        writer.string(moduleID)
        writer.raw(",\"module_version\":")
        writer.string(moduleVersion)
        writer.raw(",\"result\":")
        writer.string(result)
        writer.raw(",\"score\":")
        writer.integer(score)
        writer.raw(",\"session_id\":")
        writer.integer(sessionID)
        writer.raw(",\"voided_at\":null,\"voided_by\":null,\"voided_reason\":null}")
    }
}
