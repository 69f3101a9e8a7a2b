import Foundation
import GRDB
import MusterCore
@testable import MusterStore
import MusterTestSupport
import Testing

/// `audit verify`'s schema check, edited as the sqlite3 shell would (which has no defensive mode): every
/// difference from what this Muster's migrations create is named, and nothing read from the file is run.
@Suite("The schema check against this Muster's migrations")
struct SchemaCheckTests {
    @Test("a new database and one that a bulk load went through have Muster's schema")
    func intact() throws {
        let fixture = try StoreFixture(curriculum: nil, officers: [])
        defer { fixture.directory.remove() }
        #expect(try fixture.store.schemaProblems() == [])
        _ = try fixture.store.loadingInBulk {
            try fixture.store.apply([.addOfficer(Officer(badge: "B1", lastName: "Bulk", firstName: "B"))], actor: "setup")
        }
        #expect(try fixture.store.schemaProblems() == [])
    }

    @Test("each edit of the schema is named", arguments: [
        ("DROP TRIGGER completion_latest_on_insert", "schema: trigger completion_latest_on_insert is missing"),
        ("DROP INDEX completion_badge_module", "schema: index completion_badge_module is missing"),
        ("CREATE INDEX sneaky ON officer(email)", "schema: index sneaky is not one Muster creates"),
        ("CREATE TRIGGER evil AFTER INSERT ON officer BEGIN DELETE FROM audit_event; END",
         "schema: trigger evil is not one Muster creates"),
        ("CREATE VIEW everyone AS SELECT * FROM officer", "schema: view everyone is not one Muster creates"),
        ("CREATE TABLE notes (text TEXT)", "schema: table notes is not one Muster creates"),
        ("DROP INDEX officer_name; CREATE INDEX officer_name ON officer(first_name)",
         "schema: index officer_name differs from Muster's definition"),
        ("DELETE FROM grdb_migrations WHERE identifier = 'v1-schema'; INSERT INTO grdb_migrations VALUES ('v1-schema')",
         "schema: the migrations table lists v2-officer-facts"),
        // The table an earlier Muster kept of what a bulk load owed, put back with SQL text in it: named, never run.
        ("CREATE TABLE deferred_schema (name TEXT, loader_pid INTEGER); INSERT INTO deferred_schema VALUES ('x; DROP TABLE officer; --', 1)",
         "schema: table deferred_schema is not one Muster creates"),
    ])
    func edits(sql: String, problem: String) throws {
        let fixture = try StoreFixture(curriculum: nil, officers: [])
        defer { fixture.directory.remove() }
        try sqliteShell(fixture.path, sql)
        let reopened = try MusterDatabase.open(path: fixture.path, clock: .fixed(today))
        let problems = try reopened.schemaProblems()
        #expect(problems.contains { $0.hasPrefix(problem) }, "\(problems)")
        #expect(try reopened.integer("SELECT COUNT(*) FROM sqlite_master WHERE name = 'officer'") == 1)
    }

    @Test("upgrading a file that owes a bulk load's objects builds them from this Muster's text and drops the table, whatever it names")
    func deferredSchemaGoes() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let path = folder.file("older.sqlite")
        // A file as the release before made it, left by a load killed after dropping an index it had listed.
        do {
            let queue = try DatabaseQueue(path: path)
            try SchemaMigrations.migrator(upgrade: nil).migrate(queue, upTo: AuditSignatureMigration.name)
        }
        try sqliteShell(path, """
            DROP INDEX completion_session;
            INSERT INTO deferred_schema VALUES ('completion_session', 2147483646);
            INSERT INTO deferred_schema VALUES ('CREATE TABLE pwned (x)', 2147483646);
            """)
        let upgraded = try MusterDatabase.open(path: path, clock: .fixed(today))
        #expect(try upgraded.schemaProblems() == [])
        #expect(try upgraded.integer("SELECT COUNT(*) FROM sqlite_master WHERE name IN ('deferred_schema', 'pwned')") == 0)
        #expect(try upgraded.integer("SELECT COUNT(*) FROM sqlite_master WHERE name = 'completion_session'") == 1)
    }

    /// Runs SQL on the file with the sqlite3 shell, as someone with write access to it could.
    func sqliteShell(_ path: String, _ sql: String) throws {
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        shell.arguments = ["sqlite3", path, sql]
        try shell.run()
        shell.waitUntilExit()
        #expect(shell.terminationStatus == 0, "sqlite3 refused: \(sql)")
    }
}
