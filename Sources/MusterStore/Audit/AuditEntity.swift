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
    case officerFact = "officer_fact"
    case importMapping = "import_mapping"
    case classEnrolment = "class_enrolment"
    case unitSupervisor = "unit_supervisor"
    case setting
    case noticeSent = "notice_sent"
    case programVersion = "program_version"
    case programAssignment = "program_assignment"
    case programWaiver = "program_waiver"
    case curriculumReview = "curriculum_review"
    case agency
    case liaisonGrant = "liaison_grant"
    case incident
    case incidentTrigger = "incident_trigger"

    var table: String { rawValue }

    /// SQL giving a row's entity key as text; the same expression orders rows during verification.
    var keyExpression: String {
        switch self {
        case .officer: "badge"
        case .agency, .incidentTrigger: "id"
        case .moduleVersion: "module_id || '@' || version"
        case .importMapping: "name"
        case .unitSupervisor: "unit"
        case .setting: "name"
        default: "CAST(id AS TEXT)"
        }
    }

    /// The row's current content as canonical JSON, or nil when no row has that key. Looks the row up by
    /// its real key columns so the primary key index is used (the key expression would scan the table).
    func snapshot(_ db: Database, key: String) throws -> String? {
        let statement: Statement
        let arguments: StatementArguments
        switch self {
        case .officer:
            statement = try db.cachedStatement(sql: "SELECT * FROM officer WHERE badge = ?")
            arguments = [key]
        case .importMapping, .unitSupervisor, .setting:
            statement = try db.cachedStatement(sql: "SELECT * FROM \(table) WHERE \(keyExpression) = ?")
            arguments = [key]
        case .agency, .incidentTrigger:
            statement = try db.cachedStatement(sql: "SELECT * FROM \(table) WHERE id = ?")
            arguments = [key]
        case .moduleVersion:
            guard let at = key.firstIndex(of: "@") else { return nil }
            statement = try db.cachedStatement(sql: "SELECT * FROM module_version WHERE module_id = ? AND version = ?")
            arguments = [String(key[..<at]), String(key[key.index(after: at)...])]
        default:
            guard let id = Int64(key) else { return nil }
            statement = try db.cachedStatement(sql: "SELECT * FROM \(table) WHERE id = ?")
            arguments = [id]
        }
        return try Row.fetchOne(statement, arguments: arguments).map(CanonicalJSON.object(of:))
    }
}
