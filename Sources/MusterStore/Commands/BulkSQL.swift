/// The statements bulk commands run once per row, bound through `BoundStatement`.
enum BulkSQL: String {
    case auditInsert = """
        INSERT INTO audit_event (id, occurred_at, actor, action, entity, entity_key, before_state, after_state, prev_hash, hash)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    case completionInsert = """
        INSERT INTO completion (badge, module_id, module_version, completed_on, result, score, hours, instructor, session_id)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    case completionDuplicate = """
        SELECT 1 FROM completion WHERE badge = ? AND module_id = ? AND completed_on = ? AND result = ?
            AND voided_reason IS NULL LIMIT 1
        """
    case anyCompletionOfBadge = "SELECT 1 FROM completion WHERE badge = ? LIMIT 1"
    case officerInsert = """
        INSERT INTO officer (badge, last_name, first_name, unit, rank, email, login, hire_date, status)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    case officerUpdate = """
        UPDATE officer SET last_name = ?, first_name = ?, unit = ?, rank = ?, email = ?, login = ?,
            hire_date = ?, status = ? WHERE badge = ?
        """
    case badgeExists = "SELECT 1 FROM officer WHERE badge = ?"
}
