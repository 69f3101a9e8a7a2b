/// Audit events inserted many rows per statement by the bulk paths. One statement keeps its table and
/// index cursors open from row to row, and events always land at the end of both (ids and entity keys
/// grow), so each row is placed without descending the b-trees again and the per-statement work is shared.
/// (The statement journal a multi-row statement keeps stays small here, since the rows share their pages;
/// completions, spread over the date indexes, go one row per statement instead.)
enum MultiRowSQL: Hashable {
    case auditEvents

    /// Rows per statement: well under SQLite's host-parameter limit, and enough to share the work.
    static let rowsPerStatement = 32

    var columnsPerRow: Int32 {
        switch self {
        case .auditEvents: 10
        }
    }

    func sql(rows: Int) -> String {
        let row = "(" + repeatElement("?", count: Int(columnsPerRow)).joined(separator: ", ") + ")"
        let values = repeatElement(row, count: rows).joined(separator: ", ")
        switch self {
        case .auditEvents:
            return """
                INSERT INTO audit_event (id, occurred_at, actor, action, entity, entity_key, before_state, after_state, prev_hash, hash)
                VALUES \(values)
                """
        }
    }
}
