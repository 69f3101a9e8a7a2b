import Foundation
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
        ("INSERT INTO deferred_schema VALUES ('x; DROP TABLE officer; --', 1)",
         "schema: x; DROP TABLE officer; -- is owed by a bulk load (process 1) not finished"),
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

    @Test("opening builds only the deferred objects it knows, from its own definitions, whatever the table names")
    func deferredNamesOnly() throws {
        let fixture = try StoreFixture(curriculum: nil, officers: [])
        defer { fixture.directory.remove() }
        // Process ids this large do not exist, so the loads read as abandoned and opening settles what they owe.
        try sqliteShell(fixture.path, """
            DROP INDEX completion_session;
            INSERT INTO deferred_schema VALUES ('completion_session', 2147483646);
            INSERT INTO deferred_schema VALUES ('officer_fact', 2147483646);
            INSERT INTO deferred_schema VALUES ('CREATE TABLE pwned (x)', 2147483646);
            """)
        let reopened = try MusterDatabase.open(path: fixture.path, clock: .fixed(today))
        #expect(try reopened.schemaProblems() == [])
        #expect(try reopened.integer("SELECT COUNT(*) FROM deferred_schema") == 0)
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
