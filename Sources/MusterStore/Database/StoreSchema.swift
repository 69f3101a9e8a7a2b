/// Muster's newest schema, which `SchemaMigrations` builds one migration after another: the tables, then every
/// index and trigger by name, so that the rebuild after a bulk load reads the definitions the migrations made.
/// Plain SQL kept portable for PostgreSQL where it can be (TEXT dates `YYYY-MM-DD`, INTEGER ids);
/// `completion_latest`'s triggers and `WITHOUT ROWID` are SQLite's dialect, for which a port would use a trigger
/// function or a materialized view.
///
/// `Tests/Snapshots/schema.sql` holds what SQLite stores of it, so that any change to it is deliberate.
enum StoreSchema {
    /// An index or a trigger.
    struct Object: Sendable {
        let name: String
        let table: String
        let sql: String
    }

    /// An index, its name spelled once.
    private static func index(_ name: String, on table: String, _ columns: String, where condition: String? = nil) -> Object {
        Object(name: name, table: table,
               sql: "CREATE INDEX \(name) ON \(table)(\(columns))" + (condition.map { " WHERE \($0)" } ?? ""))
    }

    static let tables = [
        """
        CREATE TABLE officer (
            \(OfficerColumn.allCases.map { "\($0.name) \($0.declaration)" }.joined(separator: ",\n    "))
        )
        """,
        """
        CREATE TABLE module_version (
            module_id TEXT NOT NULL,
            version TEXT NOT NULL,
            title TEXT NOT NULL,
            content TEXT NOT NULL,
            loaded_at TEXT NOT NULL,
            PRIMARY KEY (module_id, version)
        )
        """,
        """
        CREATE TABLE curriculum_entry (
            id INTEGER NOT NULL PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('certification', 'policy_source', 'requirement')),
            item_id TEXT NOT NULL,
            content TEXT NOT NULL,
            loaded_at TEXT NOT NULL
        )
        """,
        """
        CREATE TABLE class_session (
            id INTEGER NOT NULL PRIMARY KEY,
            module_id TEXT NOT NULL,
            held_on TEXT NOT NULL,
            instructor TEXT,
            location TEXT,
            starts_at TEXT,
            capacity INTEGER CHECK (capacity > 0),
            cancelled_on TEXT
        )
        """,
        """
        CREATE TABLE assignment (
            id INTEGER NOT NULL PRIMARY KEY,
            module_id TEXT,
            certification_id TEXT,
            badge TEXT REFERENCES officer(badge),
            unit TEXT,
            due_on TEXT,
            assigned_on TEXT NOT NULL,
            from_on TEXT,
            ended_on TEXT,
            new_members_within_days INTEGER NOT NULL DEFAULT 90,
            origin TEXT CHECK (origin IN ('remedial', 'post-incident')),
            incident_id INTEGER REFERENCES incident(id),
            CHECK ((module_id IS NULL) <> (certification_id IS NULL)),
            CHECK ((badge IS NULL) <> (unit IS NULL))
        )
        """,
        """
        CREATE TABLE completion (
            id INTEGER NOT NULL PRIMARY KEY,
            badge TEXT NOT NULL REFERENCES officer(badge),
            module_id TEXT NOT NULL,
            module_version TEXT NOT NULL,
            completed_on TEXT NOT NULL,
            result TEXT NOT NULL CHECK (result IN ('pass', 'fail')),
            score INTEGER CHECK (score BETWEEN 0 AND 100),
            hours REAL,
            instructor TEXT,
            session_id INTEGER REFERENCES class_session(id),
            voided_reason TEXT,
            voided_at TEXT,
            voided_by TEXT,
            FOREIGN KEY (module_id, module_version) REFERENCES module_version(module_id, version)
        )
        """,
        """
        CREATE TABLE waiver (
            id INTEGER NOT NULL PRIMARY KEY,
            badge TEXT NOT NULL REFERENCES officer(badge),
            module_id TEXT NOT NULL,
            reason TEXT NOT NULL,
            valid_from TEXT NOT NULL,
            valid_until TEXT
        )
        """,
        """
        CREATE TABLE user_role (
            id INTEGER NOT NULL PRIMARY KEY,
            login TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('coordinator', 'instructor', 'officer', 'auditor', 'reviewer')),
            granted_at TEXT NOT NULL,
            granted_by TEXT NOT NULL,
            revoked_at TEXT,
            revoked_by TEXT
        )
        """,
        // An event's hash is the SHA-256 digest's 32 bytes (`AuditHashing`); the hash it follows is not stored,
        // since in an intact chain it is the hash of the event before it by id.
        """
        CREATE TABLE audit_event (
            id INTEGER NOT NULL PRIMARY KEY,
            occurred_at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_key TEXT NOT NULL,
            before_state TEXT,
            after_state TEXT,
            hash BLOB NOT NULL
        )
        """,
        CompletionLatestRule.createTable,
        AuditSignatureMigration.createTable,
        AgenciesMigration.createAgency,
        AgenciesMigration.createLiaisonGrant,
        IncidentsMigration.createIncident,
        IncidentsMigration.createTrigger,
        // An officer's dated facts (`OfficerFact`), only ever added; `officer.unit` and `officer.status` stay the
        // officer's current unit and status, kept in step by the commands that add facts.
        """
        CREATE TABLE officer_fact (
            id INTEGER NOT NULL PRIMARY KEY,
            badge TEXT NOT NULL REFERENCES officer(badge),
            kind TEXT NOT NULL CHECK (kind IN ('unit', 'separated', 'reinstated', 'leave', 'returned')),
            on_date TEXT NOT NULL,
            from_unit TEXT,
            to_unit TEXT,
            until_date TEXT,
            recorded_at TEXT NOT NULL
        )
        """,
        ImportMappingMigration.createTable,
        ClassSchedulingMigration.enrolmentTable,
        NoticesMigration.createUnitSupervisor,
        NoticesMigration.createSetting,
        NoticesMigration.createNoticeSent,
        CurriculumReviewMigration.createTable,
        PassDigest.createTable,
    ] + ProgramsMigration.tables

    static let indexes = [
        index("officer_unit", on: "officer", "unit"),
        index("officer_name", on: "officer", "last_name, first_name"),
        index("officer_login", on: "officer", "login"),
        index("officer_status", on: "officer", "status"),
        index("curriculum_entry_item", on: "curriculum_entry", "kind, item_id"),
        index("class_session_held_on", on: "class_session", "held_on"),
        index("assignment_badge", on: "assignment", "badge"),
        index("assignment_unit", on: "assignment", "unit"),
        // Duplicate checks, voids and an officer's history seek it.
        index("completion_badge_module", on: "completion", "badge, module_id, completed_on"),
        // Exports bounded by module or by date seek it (by date, once per module), and it carries the result and
        // the void, so the dashboard's monthly counts read it alone.
        index("completion_module_date", on: "completion", "module_id, completed_on, result, voided_reason"),
        // Only completions taken in a class session: most have none, and `session_id = ?` implies it is not NULL.
        index("completion_session", on: "completion", "session_id", where: "session_id IS NOT NULL"),
        // The failed attempts a status run reads beside `completion_latest` (`CompletionScope.standingBasis`): few,
        // so the index is small, and it hands them over in badge order with every column the run reads.
        index(FailedAttemptIndex.name, on: "completion", FailedAttemptIndex.columns, where: FailedAttemptIndex.condition),
        // The passes program hours count (`CompletionScope.countingPasses`), every column they read included.
        index(CountingPassIndex.name, on: "completion", CountingPassIndex.columns, where: CountingPassIndex.condition),
        index("waiver_badge", on: "waiver", "badge"),
        index("user_role_login", on: "user_role", "login"),
        index("audit_event_entity", on: "audit_event", "entity, entity_key, id"),
        // Streaming reads an officer's facts in this order, and the commands seek an officer's latest fact.
        index("officer_fact_badge", on: "officer_fact", "badge, on_date, id"),
        // An officer's enrolments (their upcoming classes); a session's are read through its UNIQUE index.
        index("class_enrolment_badge", on: "class_enrolment", "badge, session_id"),
        // A notice's items are looked up by this key before sending, and it refuses recording one twice.
        Object(name: NoticesMigration.keyIndexName, table: "notice_sent", sql: NoticesMigration.keyIndex),
        // A version's trail, read whole in order by `curricula show` and the review command.
        index("curriculum_review_version", on: "curriculum_review", "module_id, version, id"),
        // Few officers belong to a partner agency: the home agency's reads need no index, a partner's seeks this.
        index("officer_agency", on: "officer", "agency", where: "agency IS NOT NULL"),
        index("liaison_grant_login", on: "liaison_grant", "login"),
        index("incident_badge", on: "incident", "badge, occurred_on"),
        Object(name: PassDigest.staleIndex, table: PassDigest.table, sql: PassDigest.createStaleIndex),
    ]

    static let triggers = [
        Object(name: CompletionLatestRule.insertTrigger, table: "completion", sql: CompletionLatestRule.createInsertTrigger),
        Object(name: CompletionLatestRule.voidTrigger, table: "completion", sql: CompletionLatestRule.createVoidTrigger),
        Object(name: PassDigest.insertTrigger, table: "completion", sql: PassDigest.createInsertTrigger),
        Object(name: PassDigest.updateTrigger, table: "completion", sql: PassDigest.createUpdateTrigger),
        Object(name: PassDigest.deleteTrigger, table: "completion", sql: PassDigest.createDeleteTrigger),
    ]

    /// The index or trigger called `name`.
    static func object(named name: String) -> Object? {
        (indexes + triggers).first { $0.name == name }
    }

    /// The whole schema, in the order it is created.
    static var creation: String {
        (tables + indexes.map(\.sql) + triggers.map(\.sql)).joined(separator: ";\n") + ";"
    }
}
