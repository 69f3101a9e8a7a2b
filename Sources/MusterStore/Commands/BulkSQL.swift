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
        case .officerInsert: OfficerColumn.insert
        case .officerUpdate: OfficerColumn.update
        case .badgeExists: "SELECT 1 FROM officer WHERE badge = ?"
        // What `completion_latest`'s insert trigger does, for when a bulk load has deferred that trigger.
        case .latestUpsert: CompletionLatestRule.bulkUpsert
        }
    }
}
