import GRDB

/// The kinds of record the audit trail speaks about, each with the table and the key its events name.
public enum AuditEntity: String, CaseIterable, Sendable {
    case officer
    case moduleVersion = "module_version"
    case curriculumEntry = "curriculum_entry"
    case assignment
    case completion
    case waiver
    case classSession = "class_session"
    case userRole = "user_role"

    var table: String { rawValue }

    /// SQL giving a row's entity key as text; the same expression orders rows during verification.
    var keyExpression: String {
        switch self {
        case .officer: "badge"
        case .moduleVersion: "module_id || '@' || version"
        default: "CAST(id AS TEXT)"
        }
    }

    /// The row's current content as canonical JSON, or nil when no row has that key. Looks the row up by
    /// its typed key (badge, module id and version, or integer id) so the primary or unique index is used;
    /// comparing `keyExpression` would scan the whole table once per audited write.
    func snapshot(_ db: Database, key: String) throws -> String? {
        let row: Row?
        switch self {
        case .officer:
            row = try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM officer WHERE badge = ?"), arguments: [key])
        case .moduleVersion:
            guard let at = key.lastIndex(of: "@") else { return nil }
            row = try Row.fetchOne(
                db.cachedStatement(sql: "SELECT * FROM module_version WHERE module_id = ? AND version = ?"),
                arguments: [String(key[..<at]), String(key[key.index(after: at)...])])
        default:
            guard let id = Int64(key) else { return nil }
            row = try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM \(table) WHERE id = ?"), arguments: [id])
        }
        return row.map(CanonicalJSON.object(of:))
    }
}
