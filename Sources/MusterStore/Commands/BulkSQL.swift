/// The statements bulk commands run once per row, bound through `BoundStatement`.
///
/// The raw value is the statement's slot in `CommandContext`'s cache: looking one up, once or twice per
/// completion of a roster, is then an array index rather than hashing and comparing its SQL text.
enum BulkSQL: Int, CaseIterable {
    case auditInsert
    case completionDuplicate
    case anyCompletionOfBadge
    case officerInsert
    case officerUpdate
    case badgeExists
    case latestUpsert

    var sql: String {
        switch self {
        case .auditInsert: """
            INSERT INTO audit_event (id, occurred_at, actor, action, entity, entity_key, before_state, after_state, hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """
        // By officer: `completion_module_date` matches four of these terms to this index's three, so SQLite
        // would pick it, and read every completion of the module on that day (a whole class) for each entry.
        case .completionDuplicate: """
            SELECT 1 FROM completion INDEXED BY completion_badge_module
            WHERE badge = ? AND module_id = ? AND completed_on = ? AND result = ? AND voided_reason IS NULL LIMIT 1
            """
        case .anyCompletionOfBadge: "SELECT 1 FROM completion WHERE badge = ? LIMIT 1"
        case .officerInsert: """
            INSERT INTO officer (badge, last_name, first_name, unit, rank, email, login, hire_date, status)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """
        case .officerUpdate: """
            UPDATE officer SET last_name = ?, first_name = ?, unit = ?, rank = ?, email = ?, login = ?,
                hire_date = ?, status = ? WHERE badge = ?
            """
        case .badgeExists: "SELECT 1 FROM officer WHERE badge = ?"
        // `completion_latest_on_insert`'s upsert, for when a bulk load has deferred that trigger.
        case .latestUpsert: """
            INSERT INTO completion_latest
                (badge, module_id, module_version, completion_id, completed_on, score, hours, instructor, session_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (badge, module_id, module_version) DO UPDATE SET
                completion_id = excluded.completion_id, completed_on = excluded.completed_on, score = excluded.score,
                hours = excluded.hours, instructor = excluded.instructor, session_id = excluded.session_id
            WHERE excluded.completed_on > completion_latest.completed_on
               OR (excluded.completed_on = completion_latest.completed_on
                   AND excluded.completion_id > completion_latest.completion_id)
            """
        }
    }
}
