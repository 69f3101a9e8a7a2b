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

    @Test("a database made by a development build's migrations is refused, named, and left as it was",
          arguments: [["v1-records"], Array(SchemaMigrations.developmentBuilds).sorted()])
    func developmentDatabaseRefused(migrations: [String]) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("dev.sqlite")
        do {
            let queue = try DatabaseQueue(path: path)
            var migrator = DatabaseMigrator()
            for name in migrations {
                migrator.registerMigration(name) { db in try db.execute(sql: "CREATE TABLE \"\(name)\" (x)") }
            }
            try migrator.migrate(queue)
        }
        var upgrades: [[String]] = []
        #expect(throws: StoreError.developmentDatabase(path: path, migration: migrations[0])) {
            _ = try MusterDatabase.open(path: path) { upgrades.append($0) }
        }
        #expect(upgrades.isEmpty)
        let applied = try DatabaseQueue(path: path).read { db in
            try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid")
        }
        #expect(applied == migrations)
        #expect(StoreError.developmentDatabase(path: path, migration: "v1-records").description == """
            \(path) was made by a development build of Muster (migration 'v1-records') and this one cannot open it: \
            delete it and create it again with `muster init` (a deleted demo agency is rebuilt on its next use)
            """)
        #expect(!StoreError.developmentDatabase(path: path, migration: "v1-records").isStorageFailure)
    }

    /// The query plan of `sql` on `store`, its steps joined.
    func plan(_ store: SQLiteRecordStore, _ sql: String, _ arguments: StatementArguments) throws -> String {
        try store.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments)
                .map { $0["detail"] as String }.joined(separator: "; ")
        }
    }

    @Test("completion_session indexes only completions taken in a session, and serves lookups by session")
    func partialSessionIndex() throws {
        let fixture = try StoreFixture()
        defer { fixture.directory.remove() }
        #expect(try plan(fixture.store, "SELECT id FROM completion WHERE session_id = ?", [7])
            .contains("USING COVERING INDEX completion_session"))
    }

    @Test("months, date ranges and modules seek the index by module and date; a duplicate check seeks the officer's")
    func moduleDateIndex() throws {
        let fixture = try StoreFixture()
        defer { fixture.directory.remove() }
        let store = fixture.store
        let monthly = try plan(store, SQLiteRecordStore.countedPerMonthSQL, ["2025-01-01", "2025-12-31"])
        #expect(monthly.contains("USING COVERING INDEX completion_module_date (module_id=? AND completed_on>? AND completed_on<?)"))
        // The partner officers' months the home agency's leave out: the few partner officers first, then theirs by badge.
        let partners = AgencyCondition.others(of: Agency.homeID)
        let partnerMonths = try plan(store, SQLiteRecordStore.countedPerMonthSQL(officers: partners.sql), ["2025-01-01", "2025-12-31"])
        #expect(partnerMonths.contains("SEARCH o USING INDEX officer_agency"), "\(partnerMonths)")
        #expect(partnerMonths.contains("SEARCH c USING INDEX completion_badge_module (badge=?"), "\(partnerMonths)")
        let dates = try plan(store, """
            SELECT * FROM completion
            WHERE module_id IN (SELECT module_id FROM module_version) AND completed_on >= ? AND completed_on <= ?
            """, ["2025-01-01", "2025-12-31"])
        #expect(dates.contains("USING INDEX completion_module_date (module_id=? AND completed_on>? AND completed_on<?)"))
        #expect(try plan(store, "SELECT * FROM completion WHERE module_id = ?", ["first-aid"])
            .contains("USING INDEX completion_module_date (module_id=?)"))
        // Not the module's completions on that day, which would be a whole class.
        #expect(try plan(store, BulkSQL.completionDuplicate.sql, ["A1", "first-aid", "2025-01-10", "pass"])
            .contains("USING INDEX completion_badge_module (badge=? AND module_id=? AND completed_on=?)"))
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
