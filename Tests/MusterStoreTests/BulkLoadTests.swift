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
            CompletionRequest(badge: $0.badge, moduleID: SampleCurriculum.deEscalation, completedOn: day("2025-01-10"), score: 90)
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

    /// A command that refers to an officer, a module or a class session that does not exist.
    struct DanglingReference: Sendable, CustomTestStringConvertible {
        var testDescription: String
        var error: StoreError
        var command: RecordCommand
    }

    static let danglingReferences = [
        DanglingReference(
            testDescription: "a completion's officer", error: .unknownBadge("Z9"),
            command: .recordCompletion(CompletionRequest(badge: "Z9", moduleID: SampleCurriculum.firstAid, completedOn: day("2025-01-10")))),
        DanglingReference(
            testDescription: "a completion's module", error: .unknownModule("no-such-module"),
            command: .recordCompletion(CompletionRequest(badge: "A1", moduleID: "no-such-module", completedOn: day("2025-01-10")))),
        DanglingReference(
            testDescription: "a completion's class session", error: .unknownSession(99),
            command: .recordCompletion(CompletionRequest(
                badge: "A1", moduleID: SampleCurriculum.firstAid, completedOn: day("2025-01-10"), sessionID: 99))),
        DanglingReference(
            testDescription: "an officer last in a large roster", error: .unknownBadge("Z9"),
            command: .recordRoster(RosterRequest(entries: largeRoster(endingWith: "Z9")))),
        DanglingReference(
            testDescription: "a waiver's officer", error: .unknownBadge("Z9"),
            command: .waive(WaiverRequest(badge: "Z9", moduleID: SampleCurriculum.firstAid, reason: "medical"))),
        DanglingReference(
            testDescription: "an assignment's officer", error: .unknownBadge("Z9"),
            command: .assign(AssignmentRequest(target: .module(SampleCurriculum.firstAid), assignee: .officer(badge: "Z9")))),
    ]

    /// A roster long enough for the pipelined path, every entry valid but the last, which names `badge`.
    static func largeRoster(endingWith badge: String) -> [CompletionRequest] {
        let count = CommandContext.pipelinedRosterSize + 10
        return (0..<count).map { index in
            let officer = index == count - 1 ? badge : StoreFixture.officers[index % StoreFixture.officers.count].badge
            return CompletionRequest(badge: officer, moduleID: SampleCurriculum.firstAid,
                                     completedOn: day("2020-01-01").adding(days: index / StoreFixture.officers.count))
        }
    }

    func foreignKeyChecks(_ store: SQLiteRecordStore) throws -> Int? {
        try store.writer.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "PRAGMA foreign_keys") }
    }

    @Test("inside a load SQLite's foreign-key checks are off, yet a command naming what does not exist is refused, stores nothing, and the checks are back on afterwards",
          arguments: danglingReferences)
    func refusesDanglingReferences(_ reference: DanglingReference) throws {
        let fixture = try StoreFixture()
        defer { fixture.directory.remove() }
        #expect(try foreignKeyChecks(fixture.store) == 1)
        let checksDuring = try fixture.store.loadingInBulk {
            #expect(throws: reference.error) { try fixture.apply(reference.command) }
            return try foreignKeyChecks(fixture.store)
        }
        #expect(checksDuring == 0)
        #expect(try foreignKeyChecks(fixture.store) == 1)
        for table in ["completion", "waiver", "assignment", "class_session"] {
            #expect(try fixture.store.integer("SELECT COUNT(*) FROM \(table)") == 0, "\(table)")
        }
        let dangling = try fixture.store.read { db in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") }
        #expect(dangling.isEmpty)
    }

    @Test("a load that fails turns SQLite's foreign-key checks back on")
    func checksBackAfterFailure() throws {
        let fixture = try StoreFixture()
        defer { fixture.directory.remove() }
        #expect(throws: Stop.self) { try fixture.store.loadingInBulk { throw Stop() } }
        #expect(try foreignKeyChecks(fixture.store) == 1)
        #expect(throws: DatabaseError.self) {
            try fixture.store.writer.write { db in
                try db.execute(sql: "INSERT INTO waiver (badge, module_id, reason, valid_from) VALUES ('Z9', 'm', 'r', '2025-01-01')")
            }
        }
    }

    func journalMode(_ store: SQLiteRecordStore) throws -> String? {
        try store.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
    }

    @Test("a load with the file to itself runs with a rollback journal, and leaves the file in WAL mode")
    func rollbackJournalWhileAlone() throws {
        let fixture = try StoreFixture()
        defer { fixture.directory.remove() }
        #expect(try journalMode(fixture.store) == "wal")
        let during = try fixture.store.loadingInBulk {
            try roster(fixture.store)
            return try journalMode(fixture.store)
        }
        #expect(during == "delete")
        #expect(try journalMode(fixture.store) == "wal")
        #expect(try journalMode(MusterDatabase.open(path: fixture.path)) == "wal")
        #expect(try fixture.store.integer("SELECT COUNT(*) FROM completion") == StoreFixture.officers.count)
    }

    @Test("a load while another connection has the file open stays in WAL mode, and the other still reads")
    func walWhenShared() throws {
        let fixture = try StoreFixture()
        defer { fixture.directory.remove() }
        let other = try MusterDatabase.open(path: fixture.path)
        #expect(try other.officerCount(.all) == StoreFixture.officers.count)
        let during = try fixture.store.loadingInBulk {
            try roster(fixture.store)
            return try journalMode(fixture.store)
        }
        #expect(during == "wal")
        #expect(try other.integer("SELECT COUNT(*) FROM completion") == StoreFixture.officers.count)
        #expect(try indexes(other).count == SQLiteRecordStore.indexesDeferredInBulkLoad.count)
    }

    func isMarkedIncomplete(_ store: SQLiteRecordStore) throws -> Bool {
        try store.read(IncompleteMarker.isMarked)
    }

    func triggers(_ store: SQLiteRecordStore) throws -> [String] {
        try store.read { db in
            try String.fetchAll(db, sql: "SELECT name || ': ' || sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name")
        }
    }

    /// Every column of every `completion_latest` row, in key order.
    func latestRows(_ store: SQLiteRecordStore) throws -> [String] {
        try store.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM completion_latest ORDER BY badge, module_id, module_version").map(\.description)
        }
    }

    /// A history with everything that decides which completion is newest: older and newer passes recorded in
    /// any order, a failure after the newest pass, two passes on the same day, voids of the newest pass and of
    /// one of the same-day pair, officers whose completions are not all together in the table, and a second
    /// module version.
    func tangledHistory(_ fixture: StoreFixture) throws {
        _ = try fixture.record("A1", SampleCurriculum.deEscalation, on: "2024-01-10", score: 90)
        let newest = try fixture.record("A1", SampleCurriculum.deEscalation, on: "2025-01-10", score: 85)
        _ = try fixture.record("A1", SampleCurriculum.deEscalation, on: "2025-03-01", result: .fail, score: 40)
        _ = try fixture.record("A1", SampleCurriculum.deEscalation, on: "2024-06-01", score: 95)
        let sameDay = try fixture.record("A2", SampleCurriculum.firstAid, on: "2025-02-02")
        _ = try fixture.record("A2", SampleCurriculum.firstAid, on: "2025-02-02", hours: 2)
        _ = try fixture.record("B1", SampleCurriculum.firstAid, on: "2023-02-02")
        _ = try fixture.record("B1", SampleCurriculum.firstAid, on: "2023-02-02", hours: 2)
        try roster(fixture.store)
        try fixture.apply(.voidCompletion(id: newest, reason: "wrong badge"))
        try fixture.apply(.voidCompletion(id: sameDay, reason: "duplicate"))
        // Officers met again further on in the table: one with an older pass, one with a newer.
        _ = try fixture.record("A1", SampleCurriculum.deEscalation, on: "2023-05-05", score: 90)
        _ = try fixture.record("C1", SampleCurriculum.deEscalation, on: "2025-02-02", score: 88)
        try fixture.loadApproved(SampleCurriculum.revised)
        _ = try fixture.record("B1", SampleCurriculum.deEscalation, on: "2024-02-02", score: 90)
        _ = try fixture.record("C1", SampleCurriculum.deEscalation, on: "2025-05-05", result: .fail, score: 10)
    }

    /// Two rosters large enough for the pipelined path, of passes and failures on scattered days, with a new
    /// module version between them, and the newest pass of every officer and module voided in between.
    func largeRosters(_ fixture: StoreFixture) throws {
        let size = CommandContext.pipelinedRosterSize + 500
        func entries(_ range: Range<Int>) -> [CompletionRequest] {
            range.map { index in
                CompletionRequest(
                    badge: StoreFixture.officers[index % StoreFixture.officers.count].badge,
                    moduleID: index % 3 == 0 ? SampleCurriculum.firstAid : SampleCurriculum.deEscalation,
                    completedOn: day("2020-06-01").adding(days: (index * 7_919) % 1_800),
                    result: index % 5 == 0 ? .fail : .pass, score: index % 5 == 0 ? 50 : 90)
            }
        }
        _ = try fixture.apply(.recordRoster(RosterRequest(entries: entries(0..<size))))
        let newest = try fixture.store.read { db in try Int64.fetchAll(db, sql: "SELECT completion_id FROM completion_latest") }
        for id in newest { _ = try fixture.apply(.voidCompletion(id: id, reason: "entered twice")) }
        try fixture.loadApproved(SampleCurriculum.revised)
        _ = try fixture.apply(.recordRoster(RosterRequest(entries: entries(size..<2 * size))))
    }

    @Test(
        "during and after a load, completion_latest holds exactly the rows the triggers keep, ties and voids included",
        arguments: ["single records and small rosters", "large rosters"])
    func latestMatchesTriggers(history: String) throws {
        let write = history == "large rosters" ? largeRosters : tangledHistory
        let byTriggers = try StoreFixture()
        defer { byTriggers.directory.remove() }
        try write(byTriggers)
        let expected = try latestRows(byTriggers.store)
        #expect(expected.count >= StoreFixture.officers.count + 3)
        let loaded = try StoreFixture()
        defer { loaded.directory.remove() }
        let (triggersDuring, latestDuring) = try loaded.store.loadingInBulk {
            try write(loaded)
            return (try triggers(loaded.store), try latestRows(loaded.store))
        }
        // A void still marks its officer's pass_digest blob stale; inserts leave them to the rebuild at the end.
        #expect(triggersDuring.map { String($0.prefix { $0 != ":" }) }
                == ["completion_latest_on_void", PassDigest.deleteTrigger, PassDigest.updateTrigger])
        #expect(latestDuring == expected)
        #expect(try latestRows(loaded.store) == expected)
        #expect(try triggers(loaded.store) == triggers(byTriggers.store))
        #expect(try loaded.store.completionLatestMismatches().isEmpty)
        #expect(try loaded.store.passDigestMismatches().isEmpty)
        #expect(try PassDigestTests.blobs(loaded.store) == PassDigestTests.blobs(byTriggers.store))
        #expect(try loaded.store.verifyAudit().firstBrokenLink == nil)
    }

    @Test("while the load runs the file is marked incomplete, so another open refuses it; afterwards the mark is gone")
    func liveLoadIsMarkedIncomplete() throws {
        let fixture = try StoreFixture()
        defer { fixture.directory.remove() }
        let (markedDuring, otherOpen) = try fixture.store.loadingInBulk {
            try roster(fixture.store)
            return (try isMarkedIncomplete(fixture.store), Result { try MusterDatabase.open(path: fixture.path) })
        }
        #expect(markedDuring)
        #expect(throws: StoreError.self) { try otherOpen.get() }
        #expect(try !isMarkedIncomplete(fixture.store))
        #expect(try MusterDatabase.open(path: fixture.path).officerCount(.all) == StoreFixture.officers.count)
    }

    @Test("a build that marked the file itself keeps its mark through a load; a load that throws still builds its indexes")
    func marksAreTheCallers() throws {
        let fixture = try StoreFixture()
        defer { fixture.directory.remove() }
        let markedAfterLoad = try fixture.store.buildingUntilComplete {
            try fixture.store.loadingInBulk { try roster(fixture.store) }
            return try isMarkedIncomplete(fixture.store)
        }
        #expect(markedAfterLoad)
        #expect(try !isMarkedIncomplete(fixture.store))

        let thrown = try StoreFixture()
        defer { thrown.directory.remove() }
        let before = try indexes(thrown.store)
        #expect(throws: Stop.self) { try thrown.store.loadingInBulk { throw Stop() } }
        #expect(try indexes(thrown.store) == before)
        #expect(try !isMarkedIncomplete(thrown.store))
    }
}
