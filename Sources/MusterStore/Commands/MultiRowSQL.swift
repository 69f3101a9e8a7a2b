/// Rows inserted many per statement by the bulk paths. One statement keeps its table and index cursors open
/// from row to row, and these rows land at the end of the table (their ids grow), so each is placed without
/// descending the b-tree again and the per-statement work is shared. (The statement journal a multi-row
/// statement keeps stays small while the rows share their pages: completions go several to a statement only
/// while the indexes that would spread them, by date and by module, are not there; see
/// `CommandContext.completionRowsPerStatement`.)
enum MultiRowSQL: Hashable {
    case auditEvents
    case completions

    /// Rows per statement: well under SQLite's host-parameter limit, and enough to share the work.
    static let rowsPerStatement = 32

    var columnsPerRow: Int32 {
        switch self {
        case .auditEvents: 9
        case .completions: 10
        }
    }

    func sql(rows: Int) -> String {
        let row = "(" + repeatElement("?", count: Int(columnsPerRow)).joined(separator: ", ") + ")"
        let values = repeatElement(row, count: rows).joined(separator: ", ")
        switch self {
        case .auditEvents:
            return """
                INSERT INTO audit_event (id, occurred_at, actor, action, entity, entity_key, before_state, after_state, hash)
                VALUES \(values)
                """
        case .completions:
            return """
                INSERT INTO completion (id, badge, module_id, module_version, completed_on, result, score, hours, instructor, session_id)
                VALUES \(values)
                """
        }
    }
}
