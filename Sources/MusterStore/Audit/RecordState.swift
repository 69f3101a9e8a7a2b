import GRDB
import MusterCore

/// The canonical JSON of a row built from the values just written to it, byte for byte what
/// `CanonicalJSON.object(of:)` makes of the stored row (and so what `verifyAudit` recomputes), without
/// reading the row back. Only valid while the table has exactly the columns listed here and no trigger
/// rewrites the row: `CommandContext` checks the columns once per transaction and otherwise reads back.
enum RecordState {
    /// Column names in the order the canonical JSON sorts them.
    static let officerColumns = OfficerColumn.allCases.map(\.name).sorted()
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
        OfficerColumn.writeState(of: officer, into: &writer)
    }

    /// A completion as inserted: never voided yet, so none of the `voided_` columns has a value.
    static func completion(
        id: Int64, badge: String, moduleID: String, moduleVersion: String, completedOn: CalendarDate, result: String,
        score: Int?, hours: Double?, instructor: String?, sessionID: Int64?, into writer: inout CanonicalJSONWriter
    ) {
        writer.raw("{\"badge\":")
        writer.string(badge)
        writer.raw(",\"completed_on\":")
        completedOn.writeJSON(into: &writer)
        // SQLite stores NaN as NULL, so the row read back would leave it out too.
        if let hours, !hours.isNaN {
            writer.raw(",\"hours\":")
            writer.double(hours)
        }
        writer.raw(",\"id\":")
        writer.integer(id)
        if let instructor {
            writer.raw(",\"instructor\":")
            writer.string(instructor)
        }
        writer.raw(",\"module_id\":")
        writer.string(moduleID)
        writer.raw(",\"module_version\":")
        writer.string(moduleVersion)
        writer.raw(",\"result\":")
        writer.string(result)
        if let score {
            writer.raw(",\"score\":")
            writer.integer(score)
        }
        if let sessionID {
            writer.raw(",\"session_id\":")
            writer.integer(sessionID)
        }
        writer.byte(UInt8(ascii: "}"))
    }
}
