import Foundation
import GRDB
import MusterCore
@testable import MusterStore
import MusterTestSupport
import Testing

@Suite("Opening and migrating the database")
struct DatabaseOpeningTests {
    @Test("a new database gets every table, WAL mode and foreign keys")
    func freshDatabase() throws {
        let fixture = try StoreFixture(curriculum: nil, officers: [])
        for table in ["officer", "module_version", "curriculum_entry", "assignment", "completion", "waiver",
                      "class_session", "user_role", "audit_event"] {
            #expect(try fixture.store.integer("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '\(table)'") == 1)
        }
        #expect(try fixture.store.integer("SELECT COUNT(*) FROM pragma_journal_mode WHERE journal_mode = 'wal'") == 1)
        #expect(try fixture.store.integer("PRAGMA foreign_keys") == 1)
        #expect(try fixture.store.integer("SELECT COUNT(*) FROM grdb_migrations") == SchemaMigrations.all.count)
    }

    @Test("reopening keeps the records and applies no migration twice; neither a new database nor a current one is an upgrade")
    func reopen() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var upgrades: [[String]] = []
        _ = try MusterDatabase.open(path: directory.file("new.sqlite")) { upgrades.append($0) }
        let fixture = try StoreFixture()
        let reopened = try MusterDatabase.open(path: fixture.path, clock: .fixed(today)) { upgrades.append($0) }
        #expect(upgrades.isEmpty)
        #expect(try reopened.officerCount(.all) == StoreFixture.officers.count)
        #expect(try reopened.integer("SELECT COUNT(*) FROM grdb_migrations") == SchemaMigrations.all.count)
    }

    @Test("a database with a migration this build does not know is refused with an upgrade message")
    func newerDatabaseRefused() throws {
        let fixture = try StoreFixture()
        try fixture.store.executeBehindMustersBack("INSERT INTO grdb_migrations (identifier) VALUES ('v99-future')")
        #expect(throws: StoreError.newerDatabase(migration: "v99-future")) {
            _ = try MusterDatabase.open(path: fixture.path)
        }
        #expect(StoreError.newerDatabase(migration: "v99-future").description
            == "this database was written by a newer version of Muster (migration 'v99-future'); upgrade Muster")
    }

    /// A database as a Muster that knew only the first `count` migrations left it.
    static func database(at path: String, migratedThrough count: Int) throws -> DatabaseQueue {
        let queue = try DatabaseQueue(path: path)
        var migrator = DatabaseMigrator()
        for migration in SchemaMigrations.all.prefix(count) {
            migrator.registerMigration(migration.name) { db in try db.execute(sql: migration.sql) }
        }
        try migrator.migrate(queue)
        return queue
    }

    @Test("completion_session indexes only completions taken in a session, from a database of any age, and serves lookups by session")
    func partialSessionIndex() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("v3.sqlite")
        do {
            let queue = try Self.database(at: path, migratedThrough: 3)
            let before = try queue.read { db in
                try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'completion_session'")
            }
            #expect(before == "CREATE INDEX completion_session ON completion(session_id)")
        }
        let fresh = try StoreFixture()
        defer { fresh.directory.remove() }
        for store in [try MusterDatabase.open(path: path), fresh.store] {
            let definition = try store.read { db in
                try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'completion_session'")
            }
            #expect(definition == "CREATE INDEX completion_session ON completion(session_id) WHERE session_id IS NOT NULL")
            let plan = try store.read { db in
                try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN SELECT id FROM completion WHERE session_id = ?", arguments: [7])
                    .map { $0["detail"] as String }
            }
            #expect(plan.joined().contains("USING COVERING INDEX completion_session"))
        }
    }

    /// A database migrated through `count` migrations, holding what a bulk load killed under that schema leaves:
    /// `owed` indexes dropped and written down in `deferred_schema`.
    static func database(at path: String, migratedThrough count: Int, owing owed: [String]) throws {
        let queue = try Self.database(at: path, migratedThrough: count)
        try queue.write { db in
            for name in owed {
                let sql = try #require(try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = ?", arguments: [name]))
                try db.execute(sql: "INSERT INTO deferred_schema (name, sql, loader_pid) VALUES (?, ?, 0)", arguments: [name, sql])
                try db.execute(sql: "DROP INDEX \(name)")
            }
        }
    }

    @Test("one index by module and date replaces the date and module indexes, from a database of any age, even one a killed load owed them; months, date ranges and modules use it")
    func moduleDateIndex() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try Self.database(at: directory.file("v4.sqlite"), migratedThrough: 4, owing: ["completion_counted_on"])
        try Self.database(at: directory.file("v5.sqlite"), migratedThrough: 5, owing: ["completion_completed_on", "completion_module"])
        try Self.database(at: directory.file("v5-whole.sqlite"), migratedThrough: 5, owing: [])
        let fresh = try StoreFixture()
        defer { fresh.directory.remove() }
        let stores = try ["v4.sqlite", "v5.sqlite", "v5-whole.sqlite"].map { try MusterDatabase.open(path: directory.file($0)) }
        for store in stores + [fresh.store] {
            let indexes = try store.read { db in
                try String.fetchAll(db, sql: """
                    SELECT name || ': ' || sql FROM sqlite_master
                    WHERE type = 'index' AND tbl_name = 'completion' AND (sql LIKE '%completed_on%' OR sql LIKE '%module_id%')
                    ORDER BY name
                    """)
            }
            #expect(indexes == [
                "completion_badge_module: CREATE INDEX completion_badge_module ON completion(badge, module_id, completed_on)",
                "completion_module_date: CREATE INDEX completion_module_date ON completion(module_id, completed_on, result, voided_reason)",
            ])
            #expect(try store.integer("SELECT COUNT(*) FROM deferred_schema") == 0)
            func plan(_ sql: String, _ arguments: StatementArguments) throws -> String {
                try store.read { db in
                    try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments)
                        .map { $0["detail"] as String }.joined(separator: "; ")
                }
            }
            let monthly = try plan(SQLiteRecordStore.countedPerMonthSQL, ["2025-01-01", "2025-12-31"])
            #expect(monthly.contains("USING COVERING INDEX completion_module_date (module_id=? AND completed_on>? AND completed_on<?)"))
            let dates = try plan("""
                SELECT * FROM completion
                WHERE module_id IN (SELECT module_id FROM module_version) AND completed_on >= ? AND completed_on <= ?
                """, ["2025-01-01", "2025-12-31"])
            #expect(dates.contains("USING INDEX completion_module_date (module_id=? AND completed_on>? AND completed_on<?)"))
            #expect(try plan("SELECT * FROM completion WHERE module_id = ?", ["first-aid"])
                .contains("USING INDEX completion_module_date (module_id=?)"))
            // A roster's duplicate check still seeks the officer's completions, not the module's on that day.
            #expect(try plan(BulkSQL.completionDuplicate.sql, ["A1", "first-aid", "2025-01-10", "pass"])
                .contains("USING INDEX completion_badge_module (badge=? AND module_id=? AND completed_on=?)"))
        }
    }

    @Test("events that stored the hash they follow keep their chain once that column is dropped, and new events continue it")
    func chainByID() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("v6.sqlite")
        var stored: [(prevHash: String, hash: String)] = []
        let queue = try Self.database(at: path, migratedThrough: 6)
        try queue.write { db in
            var previous = AuditEvent.genesisHash
            for id in Int64(1)...3 {
                let hash = AuditEvent.computeHash(
                    prevHash: previous, id: id, occurredAt: "2026-01-0\(id)T08:00:00.000Z", actor: "kim", action: "note",
                    entity: "officer", entityKey: "X\(id)", before: nil, after: nil)
                try db.execute(sql: """
                    INSERT INTO audit_event (id, occurred_at, actor, action, entity, entity_key, prev_hash, hash)
                    VALUES (?, ?, 'kim', 'note', 'officer', ?, ?, ?)
                    """, arguments: [id, "2026-01-0\(id)T08:00:00.000Z", "X\(id)", previous, hash])
                stored.append((previous, hash))
                previous = hash
            }
        }
        try queue.close()

        var upgrades: [[String]] = []
        let store = try MusterDatabase.open(path: path, clock: .fixed(today)) { upgrades.append($0) }
        #expect(upgrades == [["v7-chain-by-id"]])
        _ = try MusterDatabase.open(path: path, clock: .fixed(today)) { upgrades.append($0) }
        #expect(upgrades.count == 1)
        let columns = try store.read { db in try db.columns(in: "audit_event").map(\.name) }
        #expect(!columns.contains("prev_hash"))
        #expect(columns.contains("hash"))
        let migrated = try store.auditLog(limit: 10).reversed().map { (prevHash: $0.prevHash, hash: $0.hash) }
        #expect(migrated.map(\.prevHash) == stored.map(\.prevHash))
        #expect(migrated.map(\.hash) == stored.map(\.hash))
        // Migrations run with temporary files on disk; the writer keeps them in memory again afterwards.
        let tempStore = try store.writer.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "PRAGMA temp_store") }
        #expect(tempStore == 2)

        _ = try store.apply([.grantRole(login: "kim", role: .auditor)], actor: "kim")
        let newest = try #require(try store.auditLog(limit: 1).first)
        #expect(newest.id == 4)
        #expect(newest.prevHash == stored.last?.hash)
        #expect(newest.hash == newest.recomputedHash)
        let report = try store.verifyAudit()
        #expect(report.eventsChecked == 4)
        #expect(report.firstBrokenLink == nil)
    }

    @Test("a v7 database opens without an upgrade notice; its states with NULLs spelled out and its hex hashes still verify, and new events leave NULLs out and store digests")
    func smallerAuditEvents() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("v7.sqlite")
        let queue = try Self.database(at: path, migratedThrough: 7)
        let earlierState = """
            {"badge":"X1","email":null,"first_name":"Fran","hire_date":null,"last_name":"Løvik","login":null,\
            "rank":null,"status":"active","unit":null}
            """
        try queue.write { db in
            try db.execute(sql: "INSERT INTO officer (badge, last_name, first_name, status) VALUES ('X1', 'Løvik', 'Fran', 'active')")
            let occurredAt = "2026-01-01T08:00:00.000Z"
            let hash = AuditEvent.computeHash(
                prevHash: AuditEvent.genesisHash, id: 1, occurredAt: occurredAt, actor: "kim", action: "addOfficer",
                entity: "officer", entityKey: "X1", before: nil, after: earlierState)
            try db.execute(sql: """
                INSERT INTO audit_event (id, occurred_at, actor, action, entity, entity_key, after_state, hash)
                VALUES (1, ?, 'kim', 'addOfficer', 'officer', 'X1', ?, ?)
                """, arguments: [occurredAt, earlierState, hash])
        }
        try queue.close()

        var upgrades: [[String]] = []
        let store = try MusterDatabase.open(path: path, clock: .fixed(today)) { upgrades.append($0) }
        #expect(upgrades.isEmpty)
        let applied = try store.read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") }
        #expect(applied.last == "v8-smaller-audit-events")
        #expect(try store.verifyAudit().isIntact)

        _ = try store.apply([.editOfficer(badge: "X1", changes: OfficerChanges(unit: .some("North")))], actor: "kim")
        let edit = try #require(try store.auditLog(limit: 1).first)
        // The earlier event keeps its hash as 64 hex characters; the new one stores the digest's 32 bytes.
        let forms = try store.read { db in
            try String.fetchAll(db, sql: "SELECT typeof(hash) || ':' || length(hash) FROM audit_event ORDER BY id")
        }
        #expect(forms == ["text:64", "blob:32"])
        let first = try #require(try store.auditLog(limit: 1, offset: 1).first)
        #expect(edit.prevHash == first.hash)
        #expect(edit.hash == edit.recomputedHash)
        #expect(edit.before == #"{"badge":"X1","first_name":"Fran","last_name":"Løvik","status":"active"}"#)
        #expect(edit.after == #"{"badge":"X1","first_name":"Fran","last_name":"Løvik","status":"active","unit":"North"}"#)
        let report = try store.verifyAudit()
        #expect(report.isIntact, "\(report.lines)")
        #expect(report.eventsChecked == 2)
    }

    @Test("an in-memory store works like a file store")
    func inMemory() throws {
        let store = try MusterDatabase.openInMemory(clock: .fixed(today))
        _ = try store.apply([.addOfficer(Officer(badge: "X", lastName: "L", firstName: "F"))], actor: "t")
        #expect(try store.officer(badge: "X")?.lastName == "L")
    }

    @Test("the path comes from --db, then MUSTER_DB, then XDG_DATA_HOME, then ~/.local/share",
          arguments: [
            ("/x/explicit.sqlite", ["MUSTER_DB": "/y/env.sqlite"], "/x/explicit.sqlite"),
            (nil, ["MUSTER_DB": "/y/env.sqlite", "XDG_DATA_HOME": "/z"], "/y/env.sqlite"),
            (nil, ["XDG_DATA_HOME": "/z", "HOME": "/h"], "/z/muster/muster.sqlite"),
            (nil, ["HOME": "/h"], "/h/.local/share/muster/muster.sqlite"),
          ] as [(String?, [String: String], String)])
    func pathResolution(explicit: String?, environment: [String: String], expected: String) throws {
        #expect(try MusterDatabase.resolvePath(explicit: explicit, environment: environment, createFolder: false) == expected)
    }

    @Test("resolving the default path creates its folder")
    func createsFolder() throws {
        let directory = try TemporaryDirectory()
        let path = try MusterDatabase.resolvePath(explicit: nil, environment: ["XDG_DATA_HOME": directory.path])
        var isDirectory: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: directory.file("muster"), isDirectory: &isDirectory))
        #expect(isDirectory.boolValue)
        #expect(path == directory.file("muster/muster.sqlite"))
    }
}
