import Foundation
import GRDB
import MusterCore
@testable import MusterStore
import MusterTestSupport
import Testing

@Suite("Bulk loading a new database builds the read-only indexes once, at the end")
struct BulkLoadTests {
    struct Stop: Error {}

    func indexes(_ store: SQLiteRecordStore) throws -> [String] {
        let names = SQLiteRecordStore.indexesDeferredInBulkLoad.map { "'\($0)'" }.joined(separator: ", ")
        return try store.read { db in
            try String.fetchAll(db, sql: "SELECT name || ': ' || sql FROM sqlite_master WHERE type = 'index' AND name IN (\(names)) ORDER BY name")
        }
    }

    func roster(_ store: SQLiteRecordStore) throws {
        _ = try store.apply([.recordRoster(RosterRequest(entries: StoreFixture.officers.map {
            CompletionRequest(badge: $0.badge, moduleID: SampleCurriculum.deEscalation, completedOn: day("2025-01-10"))
        }))], actor: "loader")
    }

    @Test("inside the load the indexes are gone; afterwards they are back, the same, and the audit trail verifies")
    func dropsAndRebuilds() throws {
        let fixture = try StoreFixture()
        defer { fixture.directory.remove() }
        let before = try indexes(fixture.store)
        #expect(before.count == SQLiteRecordStore.indexesDeferredInBulkLoad.count)
        let during = try fixture.store.loadingInBulk {
            try roster(fixture.store)
            return try indexes(fixture.store)
        }
        #expect(during.isEmpty)
        #expect(try indexes(fixture.store) == before)
        #expect(try fixture.store.integer("SELECT COUNT(*) FROM completion") == StoreFixture.officers.count)
        let report = try fixture.store.verifyAudit()
        #expect(report.firstBrokenLink == nil && report.drifts.isEmpty)
        let check = try fixture.store.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") }
        #expect(check == "ok")
    }

    @Test("a load that fails still gets its indexes back, and the error reaches the caller")
    func rebuildsAfterFailure() throws {
        let fixture = try StoreFixture()
        defer { fixture.directory.remove() }
        let before = try indexes(fixture.store)
        #expect(throws: Stop.self) {
            try fixture.store.loadingInBulk {
                try roster(fixture.store)
                throw Stop()
            }
        }
        #expect(try indexes(fixture.store) == before)
    }

    @Test("a database that already holds completions keeps its indexes throughout")
    func leavesLoadedDatabasesAlone() throws {
        let fixture = try StoreFixture()
        defer { fixture.directory.remove() }
        _ = try fixture.record("A1", SampleCurriculum.firstAid, on: "2024-05-05")
        let before = try indexes(fixture.store)
        let during = try fixture.store.loadingInBulk { try indexes(fixture.store) }
        #expect(during == before)
        #expect(!before.isEmpty)
    }

    func owed(_ store: SQLiteRecordStore) throws -> [String] {
        try store.read { db in try String.fetchAll(db, sql: "SELECT name FROM deferred_index ORDER BY name") }
    }

    @Test("while the load runs, the dropped indexes are written down as owed, and another open leaves them to the loader")
    func liveLoadIsLeftAlone() throws {
        let fixture = try StoreFixture()
        defer { fixture.directory.remove() }
        let (owedDuring, indexesSeenByOtherOpen) = try fixture.store.loadingInBulk {
            try roster(fixture.store)
            let other = try MusterDatabase.open(path: fixture.path)
            return (try owed(fixture.store), try indexes(other))
        }
        #expect(owedDuring == SQLiteRecordStore.indexesDeferredInBulkLoad.sorted())
        #expect(indexesSeenByOtherOpen.isEmpty)
        #expect(try owed(fixture.store).isEmpty)
    }

    @Test("indexes owed by a loader that is gone are built by the next open, and struck off")
    func abandonedLoadIsRepairedOnOpen() throws {
        let fixture = try StoreFixture()
        defer { fixture.directory.remove() }
        let before = try indexes(fixture.store)
        // What a `kill -9` inside the load leaves: the drop and its ledger committed, the rebuild never run,
        // and the loader's process id belonging to no live process.
        let finished = Process()
        finished.executableURL = URL(fileURLWithPath: "/bin/true")
        try finished.run()
        finished.waitUntilExit()
        let gone = Int64(finished.processIdentifier)
        let dropped = try fixture.store.read { db in
            try Row.fetchAll(db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND name IN ('completion_module', 'audit_event_entity')")
        }
        #expect(dropped.count == 2)
        try fixture.store.writer.write { db in
            for index in dropped {
                try db.execute(sql: "INSERT INTO deferred_index (name, sql, loader_pid) VALUES (?, ?, ?)",
                               arguments: [index["name"], index["sql"], gone])
                try db.execute(sql: "DROP INDEX \(index["name"] as String)")
            }
        }
        #expect(try indexes(fixture.store).count == before.count - 2)

        let reopened = try MusterDatabase.open(path: fixture.path)
        #expect(try indexes(reopened) == before)
        #expect(try owed(reopened).isEmpty)
    }
}
