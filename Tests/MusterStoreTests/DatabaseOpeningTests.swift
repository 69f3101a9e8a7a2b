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

    @Test("reopening keeps the records and applies no migration twice")
    func reopen() throws {
        let fixture = try StoreFixture()
        let reopened = try MusterDatabase.open(path: fixture.path, clock: .fixed(today))
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

    @Test("one date index replaces the two, from a database of any age, even one a killed load owed them; months and date ranges use it")
    func oneDateIndex() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("v4.sqlite")
        do {
            let queue = try Self.database(at: path, migratedThrough: 4)
            // What a load killed under the old schema leaves: the partial index dropped and owed.
            try queue.write { db in
                let sql = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'completion_counted_on'")
                #expect(sql?.contains("WHERE result = 'pass'") == true)
                try db.execute(sql: "INSERT INTO deferred_schema (name, sql, loader_pid) VALUES ('completion_counted_on', ?, 0)",
                               arguments: [sql])
                try db.execute(sql: "DROP INDEX completion_counted_on")
            }
        }
        let fresh = try StoreFixture()
        defer { fresh.directory.remove() }
        for store in [try MusterDatabase.open(path: path), fresh.store] {
            let dateIndexes = try store.read { db in
                try String.fetchAll(db, sql: """
                    SELECT name || ': ' || sql FROM sqlite_master
                    WHERE type = 'index' AND tbl_name = 'completion' AND sql LIKE '%ON completion(completed_on%'
                    """)
            }
            #expect(dateIndexes == [
                "completion_completed_on: CREATE INDEX completion_completed_on ON completion(completed_on, result, voided_reason)",
            ])
            #expect(try store.integer("SELECT COUNT(*) FROM deferred_schema") == 0)
            func plan(_ sql: String) throws -> String {
                try store.read { db in
                    try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: ["2025-01-01", "2025-12-31"])
                        .map { $0["detail"] as String }.joined(separator: "; ")
                }
            }
            #expect(try plan("""
                SELECT substr(completed_on, 1, 7), COUNT(*) FROM completion
                WHERE result = 'pass' AND voided_reason IS NULL AND completed_on BETWEEN ? AND ? GROUP BY 1
                """).contains("USING COVERING INDEX completion_completed_on"))
            #expect(try plan("SELECT * FROM completion WHERE completed_on >= ? AND completed_on <= ?")
                .contains("USING INDEX completion_completed_on"))
        }
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
