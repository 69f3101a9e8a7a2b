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

    /// The row's current content as canonical JSON, or nil when no row has that key.
    func snapshot(_ db: Database, key: String) throws -> String? {
        let statement = try db.cachedStatement(sql: "SELECT * FROM \(table) WHERE \(keyExpression) = ?")
        return try Row.fetchOne(statement, arguments: [key]).map(CanonicalJSON.object(of:))
    }
}
