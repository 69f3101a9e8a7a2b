import Foundation
import GRDB
import MusterCore
@testable import MusterStore
import MusterTestSupport
import Testing

@Suite("Upgrading a database relabels completions to the version in force on their date")
struct RelabelUpgradeTests {
    /// A database as the released v1 schema and an older build left it: that build recorded every completion
    /// against the newest version it knew, here 2025.1 before 2023.1 was loaded.
    static func olderDatabase(at path: String) throws -> [Int64] {
        let queue = try DatabaseQueue(path: path, configuration: MusterDatabase.configuration())
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-schema") { db in try db.execute(sql: SchemaV1.sql) }
        // The officer-facts migration is older than the relabelling one, and today's command layer reads its table.
        migrator.registerMigration(SchemaV2OfficerFacts.name) { db in try db.execute(sql: SchemaV2OfficerFacts.sql) }
        try migrator.migrate(queue)
        // Today's command layer writes officers with every column this build knows, post_id too: the file has it
        // while the records are made, and loses it again below, shaped as v2 left it.
        try queue.write { db in
            try db.execute(sql: PostIDMigration.sql)
            try db.execute(sql: "ALTER TABLE officer ADD COLUMN agency TEXT")
            // The blobs the write path keeps fresh (`PassDigest.refreshStale`), without the triggers that mark them.
            try db.execute(sql: PassDigest.createTable + ";" + PassDigest.createStaleIndex)
        }
        let old = SQLiteRecordStore(writer: queue, clock: .fixed(today))
        _ = try old.apply([.loadCurriculum(Curriculum(modules: [DatedVersions.new]))], actor: "setup")
        // Officers as that build stored them: today's command layer writes columns a later migration adds.
        try queue.write { db in
            let context = try CommandContext(db: db, actor: "setup", clock: .fixed(today))
            for officer in StoreFixture.officers {
                try db.execute(sql: "INSERT INTO officer (badge, last_name, first_name, unit, status) VALUES (?, ?, ?, ?, 'active')",
                               arguments: [officer.badge, officer.lastName, officer.firstName, officer.unit])
                try context.audit(action: "addOfficer", entity: .officer, key: officer.badge, before: nil)
            }
        }
        var ids: [Int64] = []
        for (badge, date, score) in [("A1", "2024-06-01", 90), ("A1", "2025-04-01", 95), ("A2", "2024-07-01", 50),
                                     ("B1", "2024-08-01", 90), ("B1", "2024-09-01", 70)] {
            let result = try old.apply([.recordCompletion(CompletionRequest(
                badge: badge, moduleID: DatedVersions.module, completedOn: day(date), score: score))], actor: "setup")
            ids.append(try #require(result.first?.createdID))
        }
        _ = try old.apply([.voidCompletion(id: ids[4], reason: "wrong officer")], actor: "setup")
        _ = try old.apply([.loadCurriculum(Curriculum(modules: [DatedVersions.old]))], actor: "setup")
        try queue.write { db in
            let context = try CommandContext(db: db, actor: "setup", clock: .fixed(today))
            try db.execute(sql: """
                INSERT INTO assignment (module_id, unit, due_on, assigned_on) VALUES ('m', 'North', '2025-12-31', '2025-01-10')
                """)
            try context.audit(action: "assign", entity: .assignment, key: String(db.lastInsertedRowID), before: nil)
        }
        #expect(try old.verifyAudit().drifts.isEmpty)
        try queue.write { db in
            try db.execute(sql: "ALTER TABLE officer DROP COLUMN post_id")
            try db.execute(sql: "ALTER TABLE officer DROP COLUMN agency")
            try db.execute(sql: "DROP TABLE \(PassDigest.table)")
        }
        return ids
    }

    @Test("one audited event per relabelled completion, completion_latest re-derived, the count reported once")
    func relabel() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("old.sqlite")
        let ids = try Self.olderDatabase(at: path)
        var upgrades: [DatabaseUpgrade] = []
        let store = try MusterDatabase.open(path: path, clock: .fixed(today), actor: "coord") { _ in } afterUpgrading: {
            upgrades.append($0)
        }
        #expect(upgrades == [DatabaseUpgrade(
            migrations: [AssignmentPeriodsMigration.name, FailedAttemptIndex.migration, AuditSignatureMigration.name,
                         DeferredSchemaRemoval.name, PostIDMigration.name, ImportMappingMigration.name,
                         ClassSchedulingMigration.name, NoticesMigration.name, ProgramsMigration.name,
                         CurriculumReviewMigration.name, AgenciesMigration.name, IncidentsMigration.name,
                         CountingPassIndex.migration, EarliestPassMigration.name, CountingPassIndex.coveringMigration,
                         PassDigest.migration],
                         relabelledCompletions: 4)])

        let versions = try store.read { db in
            try String.fetchAll(db, sql: "SELECT module_version FROM completion ORDER BY id")
        }
        #expect(versions == ["2023.1", "2025.1", "2023.1", "2023.1", "2023.1"])
        let events = try store.read { db in
            try Row.fetchAll(db, sql: """
                SELECT entity_key, actor, before_state, after_state FROM audit_event WHERE action = 'relabelCompletion' ORDER BY id
                """)
        }
        #expect(events.map { $0["entity_key"] as String } == [ids[0], ids[2], ids[3], ids[4]].map(String.init))
        #expect(events.allSatisfy { ($0["actor"] as String) == "coord" })
        #expect(events.allSatisfy { ($0["before_state"] as String).contains("\"module_version\":\"2025.1\"") })
        #expect(events.allSatisfy { ($0["after_state"] as String).contains("\"module_version\":\"2023.1\"") })
        #expect(try store.integer("SELECT COUNT(*) FROM audit_event WHERE action = 'addAssignmentPeriod'") == 1)

        let report = try store.verifyAudit()
        #expect(report.firstBrokenLink == nil)
        #expect(report.drifts.isEmpty)
        let kept = try store.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM completion_latest ORDER BY badge, module_id, module_version")
        }
        let recomputed = try store.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM (\(CompletionLatestRule.recomputed)) ORDER BY badge, module_id, module_version")
        }
        #expect(kept == recomputed)
        #expect(kept.map { "\($0["badge"] as String)@\($0["module_version"] as String)" } == ["A1@2023.1", "A1@2025.1", "B1@2023.1"])
        // Program hours read the passes from `completion_passed`, which the relabelling kept in step.
        var passes: [String] = []
        try store.forEachOfficerRecords(.all, completions: .countingPasses) { records in
            passes += records.completions.map { "\($0.id)@\($0.moduleVersion)" }
        }
        let stored = try store.read { db in
            try String.fetchAll(db, sql: "SELECT id || '@' || module_version FROM completion WHERE result = 'pass' AND voided_reason IS NULL")
        }
        #expect(!passes.isEmpty && passes.sorted() == stored.sorted())

        let assignment = try #require(try store.allAssignments().first)
        #expect(assignment.from == day("2025-01-10"))
        #expect(assignment.newMembersWithinDays == 90)

        var again: [DatabaseUpgrade] = []
        _ = try MusterDatabase.open(path: path, clock: .fixed(today)) { _ in } afterUpgrading: { again.append($0) }
        #expect(again.isEmpty)
    }

    @Test("an assignment changed behind Muster's back is not vouched for by the upgrade")
    func tamperedAssignmentStaysReported() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("old.sqlite")
        _ = try Self.olderDatabase(at: path)
        try DatabaseQueue(path: path).write { db in try db.execute(sql: "UPDATE assignment SET due_on = '2030-01-01'") }
        let store = try MusterDatabase.open(path: path, clock: .fixed(today))
        #expect(try store.integer("SELECT COUNT(*) FROM audit_event WHERE action = 'addAssignmentPeriod'") == 0)
        #expect(try store.verifyAudit().drifts.map(\.entity) == [.assignment])
    }

    @Test("an upgrade opened with a signing key signs its newest event, so the upgraded log verifies with the key")
    func signedUpgrade() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("old.sqlite")
        _ = try Self.olderDatabase(at: path)
        let key = AuditSigningKey.generate()
        let store = try MusterDatabase.open(path: path, clock: .fixed(today), actor: "coord", signingKey: key)
        let head = try store.auditHead()
        #expect(try store.integer("SELECT COUNT(*) FROM audit_event WHERE action <> 'relabelCompletion'") < head.seq)
        let check = try store.auditSignatures(in: 1...Int64.max, publicKey: key.publicKey)
        #expect(check.problems.isEmpty)
        #expect(check.newestGenuine == head.seq)
    }
}
