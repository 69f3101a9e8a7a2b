import GRDB
import MusterCore

extension SQLiteRecordStore {
    public func curriculum() throws -> Curriculum {
        try read { db in try Self.curriculum(db) }
    }

    /// Every module version ever loaded.
    static func moduleVersions(_ db: Database) throws -> [Module] {
        CurriculumReviewRows.applying(
            try CurriculumReviewRows.approvals(db),
            to: try String.fetchAll(db, sql: "SELECT content FROM module_version ORDER BY module_id, version")
                .compactMap(CurriculumCoding.decodeModule))
    }

    static func curriculum(_ db: Database) throws -> Curriculum {
        let modules = try moduleVersions(db)
        let entries = try Row.fetchAll(db, sql: """
            SELECT kind, content FROM curriculum_entry
            WHERE kind <> 'certification' AND id IN (SELECT MAX(id) FROM curriculum_entry GROUP BY kind, item_id) ORDER BY id
            """)
        var sources: [PolicySource] = []
        var requirements: [PolicyRequirement] = []
        for entry in entries {
            let content: String = entry["content"]
            switch entry["kind"] as String {
            case "policy_source": CurriculumCoding.decode(PolicySource.self, content).map { sources.append($0) }
            default: CurriculumCoding.decode(PolicyRequirement.self, content).map { requirements.append($0) }
            }
        }
        return Curriculum(modules: modules, certifications: Array(try certificationVersions(db).values),
                          policySources: sources, requirements: requirements, programs: try programVersions(db))
    }

    /// Every certification version ever loaded, by id and version. A version is never replaced once loaded; a
    /// database from before certifications had versions may hold several entries of one (all version 1), of
    /// which the last loaded is the one that was in force.
    static func certificationVersions(_ db: Database) throws -> [CertificationKey: Certification] {
        var versions: [CertificationKey: Certification] = [:]
        let contents = try String.fetchAll(db, sql: "SELECT content FROM curriculum_entry WHERE kind = 'certification' ORDER BY id")
        for content in contents {
            guard let certification = CurriculumCoding.decode(Certification.self, content) else { continue }
            versions[CertificationKey(certification)] = certification
        }
        return versions
    }

    public func officer(badge: String) throws -> Officer? {
        try read { db in
            try Row.fetchOne(db, sql: OfficerColumn.select + " WHERE o.badge = ?", arguments: [badge])
                .map { OfficerColumn.officer($0) }
        }
    }

    public func officer(login: String) throws -> Officer? {
        try read { db in
            try Row.fetchOne(db, sql: OfficerColumn.select + " WHERE o.login = ? ORDER BY o.badge LIMIT 1", arguments: [login])
                .map { OfficerColumn.officer($0) }
        }
    }

    public func officers(_ query: OfficerQuery) throws -> [Officer] {
        let condition = query.filter.condition()
        var arguments = condition.arguments
        arguments += [max(0, query.limit), max(0, query.offset)]
        return try read { db in
            try Row.fetchAll(
                db, sql: OfficerColumn.select + " WHERE \(condition.sql) ORDER BY \(query.orderBy) LIMIT ? OFFSET ?",
                arguments: arguments
            ).map { OfficerColumn.officer($0) }
        }
    }

    public func officerCount(_ filter: OfficerFilter) throws -> Int {
        let condition = filter.condition()
        return try read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM officer o WHERE \(condition.sql)", arguments: condition.arguments) ?? 0
        }
    }

    public func knownBadges(among badges: Set<String>) throws -> Set<String> {
        let all = Array(badges)
        return try read { db in
            var known = Set<String>()
            // Chunks stay under SQLite's host-parameter limit.
            for start in stride(from: 0, to: all.count, by: 500) {
                let chunk = Array(all[start..<min(start + 500, all.count)])
                let marks = chunk.map { _ in "?" }.joined(separator: ", ")
                known.formUnion(try String.fetchAll(
                    db, sql: "SELECT badge FROM officer WHERE badge IN (\(marks))", arguments: StatementArguments(chunk)))
            }
            return known
        }
    }

    public func units() throws -> [String] {
        try read { db in
            try String.fetchAll(db, sql: "SELECT DISTINCT unit FROM officer WHERE unit IS NOT NULL AND unit <> '' ORDER BY unit")
        }
    }

    public func completions(badge: String) throws -> [CompletionRecord] {
        try read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM completion WHERE badge = ? ORDER BY completed_on, id", arguments: [badge]
            ).map(Self.completionRecord)
        }
    }

    public func completion(id: Int64) throws -> CompletionRecord? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM completion WHERE id = ?", arguments: [id]).map(Self.completionRecord)
        }
    }

    static func completionRecord(_ row: Row) -> CompletionRecord {
        CompletionRecord(completion: RowDecoding.completion(row), voidedAt: row["voided_at"], voidedBy: row["voided_by"])
    }

    public func assignments(badge: String) throws -> [Assignment] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT a.* FROM assignment a WHERE a.badge = ?
                UNION ALL
                SELECT a.* FROM assignment a WHERE a.unit IN (
                    SELECT unit FROM officer WHERE badge = ?
                    UNION SELECT from_unit FROM officer_fact WHERE badge = ?
                    UNION SELECT to_unit FROM officer_fact WHERE badge = ?)
                """, arguments: [badge, badge, badge, badge]
            ).map(RowDecoding.assignment)
        }
    }

    public func facts(badge: String) throws -> [OfficerFact] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT \(OfficerFactRow.columns()) FROM officer_fact WHERE badge = ? ORDER BY on_date, id
                """, arguments: [badge]).compactMap(OfficerFactRow.decode)
        }
    }

    public func allAssignments() throws -> [Assignment] {
        try read { db in try Row.fetchAll(db, sql: "SELECT * FROM assignment ORDER BY id").map(RowDecoding.assignment) }
    }

    public func allWaivers() throws -> [Waiver] {
        try read { db in try Row.fetchAll(db, sql: "SELECT * FROM waiver ORDER BY id").map(RowDecoding.waiver) }
    }

    public func waivers(badge: String) throws -> [Waiver] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM waiver WHERE badge = ? ORDER BY id", arguments: [badge])
                .map(RowDecoding.waiver)
        }
    }

    public func roles(login: String) throws -> [Role] {
        try read { db in
            try String.fetchAll(
                db, sql: """
                    SELECT DISTINCT role FROM user_role WHERE login = ? AND revoked_at IS NULL
                    UNION SELECT 'liaison' FROM liaison_grant WHERE login = ? AND revoked_at IS NULL ORDER BY 1
                    """,
                arguments: [login, login]
            ).compactMap(Role.init(rawValue:))
        }
    }

    public func roleGrants() throws -> [RoleGrant] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT id, login, role, granted_at, granted_by, revoked_at, revoked_by, NULL AS agency FROM user_role
                UNION ALL SELECT id, login, 'liaison', granted_at, granted_by, revoked_at, revoked_by, agency FROM liaison_grant
                ORDER BY login, role, id
                """).map(RowDecoding.roleGrant)
        }
    }

    public func classSessions(offset: Int = 0, limit: Int = 100) throws -> [ClassSession] {
        try read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM class_session ORDER BY held_on DESC, id DESC LIMIT ? OFFSET ?",
                arguments: [max(0, limit), max(0, offset)]
            ).map(RowDecoding.session)
        }
    }

    public func classSession(id: Int64) throws -> ClassSession? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM class_session WHERE id = ?", arguments: [id]).map(RowDecoding.session)
        }
    }

    /// Newest first. Each event's `prevHash` is the hash of the event before it, which is what it chains to
    /// (the genesis hash for the first).
    public func auditLog(limit: Int = 50, offset: Int = 0) throws -> [AuditEvent] {
        try read { db in
            try Row.fetchAll(
                db, sql: """
                    SELECT e.*, (SELECT p.hash FROM audit_event p WHERE p.id < e.id ORDER BY p.id DESC LIMIT 1) AS prev_hash
                    FROM audit_event e ORDER BY e.id DESC LIMIT ? OFFSET ?
                    """,
                arguments: [max(0, limit), max(0, offset)]
            ).map { row in
                let previous: DatabaseValue = row["prev_hash"]
                return RowDecoding.auditEvent(
                    row, prevHash: previous.isNull ? AuditEvent.genesisHash : RowDecoding.auditHash(previous))
            }
        }
    }
}

/// A certification version's identity in storage.
struct CertificationKey: Hashable {
    var id: String
    var version: ModuleVersion

    init(_ certification: Certification) {
        id = certification.id
        version = certification.version
    }
}
