import GRDB

/// The schema, as an append-only list of named migrations in plain SQL (kept portable for PostgreSQL:
/// TEXT dates 'YYYY-MM-DD', INTEGER ids, no SQLite-only column types). Never edit a shipped migration;
/// append a new one.
enum SchemaMigrations {
    static let all: [(name: String, sql: String)] = [
        ("v1-records", v1Records),
        ("v2-completion-latest", v2CompletionLatest),
        ("v3-deferred-schema", v3DeferredSchema),
        ("v4-partial-session-index", v4PartialSessionIndex),
        ("v5-one-date-index", v5OneDateIndex),
        ("v6-module-date-index", v6ModuleDateIndex),
        ("v7-chain-by-id", v7ChainByID),
        ("v8-smaller-audit-events", v8SmallerAuditEvents),
    ]

    /// Migrations that change no stored row, so take no time whatever the size of the database.
    static let instant: Set<String> = ["v8-smaller-audit-events"]

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for migration in all {
            migrator.registerMigration(migration.name) { db in
                try db.execute(sql: migration.sql)
            }
        }
        return migrator
    }

    /// Applies pending migrations, after refusing a database that has migrations this build does not know.
    /// `beforeUpgrading` hears the names of those about to be applied to a database that had some already (an
    /// upgrade, which for a large database can take a while), not to a new one, and not when all are `instant`.
    static func migrate(_ writer: any DatabaseWriter, beforeUpgrading: ([String]) -> Void = { _ in }) throws {
        let known = Set(all.map(\.name))
        let applied: [String]
        do {
            applied = try writer.read { db in
                guard try db.tableExists("grdb_migrations") else { return [] }
                return try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid")
            }
        } catch {
            throw StoreError.storage("cannot read the database schema: \(error)")
        }
        if let unknown = applied.first(where: { !known.contains($0) }) {
            throw StoreError.newerDatabase(migration: unknown)
        }
        guard applied.count < all.count else { return }
        let lengthy = all.map(\.name).filter { !applied.contains($0) && !instant.contains($0) }
        if !applied.isEmpty, !lengthy.isEmpty { beforeUpgrading(lengthy) }
        do {
            try withTemporaryFiles(writer) { try migrator.migrate(writer) }
        } catch {
            throw StoreError.storage("cannot migrate the database: \(error)")
        }
    }

    /// Runs `body` with SQLite's temporary files on disk. A migration that rewrites a table in place
    /// (`v7-chain-by-id` drops a column from every audit event) keeps a statement journal of each page it
    /// changes, in case the statement fails; in memory (`temp_store = MEMORY`, Muster's usual setting) that
    /// grew to 3.3 GB for a 100,000-officer database.
    private static func withTemporaryFiles(_ writer: any DatabaseWriter, _ body: () throws -> Void) throws {
        let usual = try writer.writeWithoutTransaction { db in
            let usual = try Int.fetchOne(db, sql: "PRAGMA temp_store") ?? 0
            try db.execute(sql: "PRAGMA temp_store = FILE")
            return usual
        }
        defer { try? writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA temp_store = \(usual)") } }
        try body()
    }

    static let v1Records = """
        CREATE TABLE officer (
            badge TEXT NOT NULL PRIMARY KEY,
            last_name TEXT NOT NULL,
            first_name TEXT NOT NULL,
            unit TEXT,
            rank TEXT,
            email TEXT,
            login TEXT,
            hire_date TEXT,
            status TEXT NOT NULL CHECK (status IN ('active', 'leave', 'separated'))
        );
        CREATE INDEX officer_unit ON officer(unit);
        CREATE INDEX officer_name ON officer(last_name, first_name);
        CREATE INDEX officer_login ON officer(login);
        CREATE INDEX officer_status ON officer(status);

        CREATE TABLE module_version (
            module_id TEXT NOT NULL,
            version TEXT NOT NULL,
            title TEXT NOT NULL,
            content TEXT NOT NULL,
            loaded_at TEXT NOT NULL,
            PRIMARY KEY (module_id, version)
        );

        CREATE TABLE curriculum_entry (
            id INTEGER NOT NULL PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('certification', 'policy_source', 'requirement')),
            item_id TEXT NOT NULL,
            content TEXT NOT NULL,
            loaded_at TEXT NOT NULL
        );
        CREATE INDEX curriculum_entry_item ON curriculum_entry(kind, item_id);

        CREATE TABLE class_session (
            id INTEGER NOT NULL PRIMARY KEY,
            module_id TEXT NOT NULL,
            held_on TEXT NOT NULL,
            instructor TEXT,
            location TEXT
        );
        CREATE INDEX class_session_held_on ON class_session(held_on);

        CREATE TABLE assignment (
            id INTEGER NOT NULL PRIMARY KEY,
            module_id TEXT,
            certification_id TEXT,
            badge TEXT REFERENCES officer(badge),
            unit TEXT,
            due_on TEXT,
            assigned_on TEXT NOT NULL,
            CHECK ((module_id IS NULL) <> (certification_id IS NULL)),
            CHECK ((badge IS NULL) <> (unit IS NULL))
        );
        CREATE INDEX assignment_badge ON assignment(badge);
        CREATE INDEX assignment_unit ON assignment(unit);

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
        );
        CREATE INDEX completion_badge_module ON completion(badge, module_id, completed_on);
        CREATE INDEX completion_completed_on ON completion(completed_on);
        CREATE INDEX completion_module ON completion(module_id, completed_on);
        CREATE INDEX completion_session ON completion(session_id);

        CREATE TABLE waiver (
            id INTEGER NOT NULL PRIMARY KEY,
            badge TEXT NOT NULL REFERENCES officer(badge),
            module_id TEXT NOT NULL,
            reason TEXT NOT NULL,
            valid_from TEXT NOT NULL,
            valid_until TEXT
        );
        CREATE INDEX waiver_badge ON waiver(badge);

        CREATE TABLE user_role (
            id INTEGER NOT NULL PRIMARY KEY,
            login TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('coordinator', 'instructor', 'officer', 'auditor')),
            granted_at TEXT NOT NULL,
            granted_by TEXT NOT NULL,
            revoked_at TEXT,
            revoked_by TEXT
        );
        CREATE INDEX user_role_login ON user_role(login);

        CREATE TABLE audit_event (
            id INTEGER NOT NULL PRIMARY KEY,
            occurred_at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_key TEXT NOT NULL,
            before_state TEXT,
            after_state TEXT,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        );
        CREATE INDEX audit_event_entity ON audit_event(entity, entity_key, id);
        """
}
