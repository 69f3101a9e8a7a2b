import Foundation
import GRDB
import MusterCore
@testable import MusterStore
import MusterTestSupport
import Testing

/// The bulk write paths build audit after-states from the values they write instead of reading rows back;
/// these tests hold them to the contract: the state is byte for byte what verification recomputes.
@Suite("Bulk writes keep the audit contract")
struct BulkWriteAuditTests {
    /// The last event's after-state for a record, and the record's canonical JSON as stored now.
    func statePair(_ fixture: StoreFixture, _ entity: AuditEntity, key: String) throws -> (event: String?, row: String?) {
        try fixture.store.read { db in
            let event = try String.fetchOne(db, sql: """
                SELECT after_state FROM audit_event WHERE entity = ? AND entity_key = ? ORDER BY id DESC LIMIT 1
                """, arguments: [entity.rawValue, key])
            return (event, try entity.snapshot(db, key: key))
        }
    }

    @Test("a completion's after-state built from its values equals the stored row's canonical JSON", arguments: [
        CompletionRequest(badge: "A1", moduleID: SampleCurriculum.firstAid, completedOn: day("2025-01-02"), hours: 4),
        CompletionRequest(badge: "A1", moduleID: SampleCurriculum.firstAid, completedOn: day("2025-01-03"), hours: 1.5,
                          instructor: "Sgt. \"Bo\" O'Neil \\ Jr."),
        CompletionRequest(badge: "A2", moduleID: SampleCurriculum.deEscalation, completedOn: day("2025-01-04"), score: 79,
                          hours: 0.1, instructor: "Two\u{2028}separators\u{2029}here"),
        CompletionRequest(badge: "B1", moduleID: SampleCurriculum.deEscalation, completedOn: day("2025-01-05"), score: 100,
                          instructor: "  東京 🚓 Zoë  "),
        CompletionRequest(badge: "C1", moduleID: SampleCurriculum.legalUpdate, completedOn: day("1900-01-01"),
                          result: .fail, score: 0, hours: 1e-7, instructor: "bell 🔔"),
        // Control characters and years outside 1900–2100 never reach a write (SafeInputRulesTests).
    ])
    func completionStates(request: CompletionRequest) throws {
        let fixture = try StoreFixture()
        guard case .rosterRecorded(let summary) = try fixture.apply(.recordRoster(RosterRequest(entries: [request]))),
              let id = summary.newIDs.first else {
            Issue.record("expected one stored completion")
            return
        }
        let pair = try statePair(fixture, .completion, key: String(id))
        #expect(pair.event != nil)
        #expect(pair.event == pair.row)
        #expect(try fixture.store.verifyAudit().isIntact)
    }

    @Test("whole-number hours are audited as verification reads them back: 4.0, not 4")
    func wholeNumberHours() throws {
        let fixture = try StoreFixture()
        let id = try #require(try fixture.apply(.recordCompletion(CompletionRequest(
            badge: "A1", moduleID: SampleCurriculum.firstAid, completedOn: day("2025-01-02"), hours: 4))).createdID)
        let pair = try statePair(fixture, .completion, key: String(id))
        #expect(pair.event?.contains("\"hours\":4.0,") == true)
        #expect(try fixture.store.verifyAudit().isIntact)
    }

    @Test("an imported or updated officer's after-state equals the stored row's canonical JSON")
    func officerStates() throws {
        let fixture = try StoreFixture()
        let rows = [
            OfficerImportRow(badge: "N1", lastName: "Ñúñez \"Ace\"", firstName: "Zoë", unit: .some("K-9"), rank: .some(nil),
                             email: .some("n1@agency.example"), login: .some("nn"), hireDate: .some(day("2019-02-28")),
                             status: .leave),
            OfficerImportRow(badge: "N2", lastName: "山田", firstName: "太郎"),
            OfficerImportRow(badge: "A1", lastName: "Ångström", firstName: "Zoë", unit: .some(nil)),
        ]
        #expect(try fixture.apply(.importOfficers(rows: rows, sync: false)).importCounts
            == OfficerImportSummary(new: 2, updated: 1, unchanged: 0, separated: 0))
        for badge in ["N1", "N2", "A1"] {
            let pair = try statePair(fixture, .officer, key: badge)
            #expect(pair.event != nil)
            #expect(pair.event == pair.row, "officer \(badge)")
        }
        #expect(try fixture.store.verifyAudit().isIntact)
    }

    @Test("a completion table with a column the builders do not know is audited by reading the row back, in a bulk load too",
          arguments: [false, true])
    func unknownColumnFallsBack(inBulkLoad: Bool) throws {
        let fixture = try StoreFixture()
        try fixture.store.executeBehindMustersBack("ALTER TABLE completion ADD COLUMN note TEXT DEFAULT 'kept'")
        let entries = [CompletionRequest(badge: "A1", moduleID: SampleCurriculum.firstAid, completedOn: day("2025-01-02"), hours: 4)]
        let record = { try fixture.apply(.recordRoster(RosterRequest(entries: entries))) }
        guard case .rosterRecorded(let summary) = try inBulkLoad ? fixture.store.loadingInBulk(record) : record(),
              let id = summary.newIDs.first else {
            Issue.record("expected one stored completion")
            return
        }
        let pair = try statePair(fixture, .completion, key: String(id))
        #expect(pair.event?.contains("\"note\":\"kept\"") == true)
        #expect(pair.event == pair.row)
        #expect(try fixture.store.integer("SELECT completion_id FROM completion_latest WHERE badge = 'A1'") == Int(id))
        #expect(try fixture.store.completionLatestMismatches().isEmpty)
        #expect(try fixture.store.verifyAudit().isIntact)
    }

    @Test("a row refused by SQLite in the middle of a roster fails the whole batch, audit events included")
    func refusedRowRollsBack() throws {
        let fixture = try StoreFixture()
        try fixture.store.executeBehindMustersBack("""
            CREATE TRIGGER refuse_x BEFORE INSERT ON completion WHEN NEW.instructor = 'X'
            BEGIN SELECT RAISE(ABORT, 'refused by trigger'); END
            """)
        let events = try fixture.store.integer("SELECT COUNT(*) FROM audit_event")
        let entries = ["Y", "X", "Z"].enumerated().map { index, instructor in
            CompletionRequest(badge: "A1", moduleID: SampleCurriculum.firstAid, completedOn: day("2025-01-0\(index + 1)"),
                              instructor: instructor)
        }
        #expect {
            try fixture.apply(.recordRoster(RosterRequest(entries: entries)))
        } throws: { error in
            guard case StoreError.storage(let message) = error else { return false }
            return message.contains("refused by trigger")
        }
        #expect(try fixture.store.integer("SELECT COUNT(*) FROM completion") == 0)
        #expect(try fixture.store.integer("SELECT COUNT(*) FROM audit_event") == events)
        // The same store still writes afterwards: the failed statement was reset.
        _ = try fixture.record("A1", SampleCurriculum.firstAid, on: "2025-01-09")
        #expect(try fixture.store.verifyAudit().isIntact)
    }
}

@Suite("Large rosters build their audit events on a second thread")
struct PipelinedRosterTests {
    /// About 3,000 entries over the fixture's officers (A1 already has a completion), with some repeated.
    static let entries: [CompletionRequest] = {
        var entries: [CompletionRequest] = []
        for offset in 0..<260 {
            for badge in ["A1", "A2", "B1", "C1"] {
                for module in [SampleCurriculum.firstAid, SampleCurriculum.deEscalation, SampleCurriculum.legalUpdate] {
                    entries.append(CompletionRequest(
                        badge: badge, moduleID: module, completedOn: day("2024-01-01").adding(days: offset),
                        score: module == SampleCurriculum.deEscalation ? 70 + offset % 31 : nil,
                        hours: offset % 3 == 0 ? 4 : 2.5, instructor: offset % 5 == 0 ? "Sgt. \"Q\" Ray" : nil))
                }
            }
        }
        return entries + entries.prefix(40)
    }()

    func fixture() throws -> StoreFixture {
        let fixture = try StoreFixture()
        _ = try fixture.record("A1", SampleCurriculum.firstAid, on: "2024-01-05")
        return fixture
    }

    static func auditRows(_ fixture: StoreFixture) throws -> [[String?]] {
        try fixture.store.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM audit_event ORDER BY id").map { row in
                // A BLOB's description gives only its length; the stored hash digests are compared byte for byte.
                row.databaseValues.map { value in
                    guard case .blob(let bytes) = value.storage else { return value.isNull ? nil : value.description }
                    return "x'" + String(decoding: bytes.withUnsafeBytes(AuditHashing.hex(bytes:)), as: UTF8.self) + "'"
                }
            }
        }
    }

    @Test("one large roster stores the same completions and the same audit events, byte for byte, as small ones")
    func sameEventsAsOneAtATime() throws {
        #expect(Self.entries.count >= CommandContext.pipelinedRosterSize)
        let large = try fixture()
        guard case .rosterRecorded(let summary) = try large.apply(.recordRoster(RosterRequest(entries: Self.entries))) else {
            Issue.record("expected a roster summary")
            return
        }
        #expect(summary.duplicates == 41)
        #expect(summary.newIDs.count == Self.entries.count - 41)

        let small = try fixture()
        let parts = stride(from: 0, to: Self.entries.count, by: 500).map {
            RecordCommand.recordRoster(RosterRequest(entries: Array(Self.entries[$0..<min($0 + 500, Self.entries.count)])))
        }
        _ = try small.store.apply(parts, actor: "tester")

        #expect(try large.store.verifyAudit().isIntact)
        #expect(try small.store.verifyAudit().isIntact)
        let largeEvents = try Self.auditRows(large)
        #expect(largeEvents.count == summary.newIDs.count + (try large.store.integer("SELECT COUNT(*) FROM audit_event WHERE entity <> 'completion'")) + 1)
        #expect(largeEvents == (try Self.auditRows(small)))
        #expect(try large.store.integer("SELECT COUNT(*) FROM audit_event WHERE typeof(hash) <> 'blob' OR length(hash) <> 32") == 0)
    }

    /// Entries breaking one rule or two, each with the error the one-at-a-time path gives for it.
    static let brokenEntries: [(CompletionRequest, StoreError)] = [
        (CompletionRequest(badge: "ZZ", moduleID: SampleCurriculum.firstAid, completedOn: day("2025-01-01")), .unknownBadge("ZZ")),
        (CompletionRequest(badge: " ", moduleID: SampleCurriculum.firstAid, completedOn: day("2025-01-01")), .rule(.emptyField("badge"))),
        (CompletionRequest(badge: "A1", moduleID: "juggling", completedOn: day("2025-01-01")), .unknownModule("juggling")),
        (CompletionRequest(badge: "A1", moduleID: SampleCurriculum.firstAid, completedOn: day("2025-06-16")),
         .rule(.futureDate(field: "completed_on", date: day("2025-06-16"), today: today))),
        (CompletionRequest(badge: "A1", moduleID: SampleCurriculum.firstAid, completedOn: day("2025-01-01"), score: 101),
         .rule(.scoreOutOfRange(101))),
        (CompletionRequest(badge: "A1", moduleID: SampleCurriculum.deEscalation, completedOn: day("2025-01-01"), result: .pass, score: 50),
         .rule(.resultContradictsPassMark(result: .pass, score: 50, passMark: 80))),
        (CompletionRequest(badge: "A1", moduleID: SampleCurriculum.firstAid, completedOn: day("2025-01-01"), hours: 0),
         .rule(.hoursOutOfRange(0))),
        (CompletionRequest(badge: "A1", moduleID: SampleCurriculum.firstAid, completedOn: day("2025-01-01"), sessionID: 42),
         .unknownSession(42)),
        // Two rules broken: the badge is checked first, then the module, then the date.
        (CompletionRequest(badge: "ZZ", moduleID: "juggling", completedOn: day("2025-06-16")), .unknownBadge("ZZ")),
        (CompletionRequest(badge: "A1", moduleID: "juggling", completedOn: day("2025-06-16")), .unknownModule("juggling")),
        (CompletionRequest(badge: "A1", moduleID: SampleCurriculum.firstAid, completedOn: day("2025-06-16"), sessionID: 42),
         .rule(.futureDate(field: "completed_on", date: day("2025-06-16"), today: today))),
    ]

    @Test("a broken entry anywhere in a large roster gives the one-at-a-time path's error, and nothing is stored",
          arguments: brokenEntries.indices, [0, 1_500, entries.count])
    func brokenEntry(broken: Int, position: Int) throws {
        let (request, error) = Self.brokenEntries[broken]
        var entries = Self.entries
        entries.insert(request, at: position)
        #expect(entries.count >= CommandContext.pipelinedRosterSize)
        let fixture = try fixture()
        let completions = try fixture.store.integer("SELECT COUNT(*) FROM completion")
        let events = try fixture.store.integer("SELECT COUNT(*) FROM audit_event")
        #expect(throws: error) { try fixture.apply(.recordRoster(RosterRequest(entries: entries))) }
        #expect(throws: error) { try fixture.apply(.recordRoster(RosterRequest(entries: [request]))) }
        #expect(try fixture.store.integer("SELECT COUNT(*) FROM completion") == completions)
        #expect(try fixture.store.integer("SELECT COUNT(*) FROM audit_event") == events)
        #expect(try fixture.store.verifyAudit().isIntact)
    }

    @Test("of two broken entries in a large roster, the earlier one's error is given", arguments: [
        (StoreError.unknownBadge("ZZ"), StoreError.unknownModule("juggling")),
        (StoreError.unknownModule("juggling"), StoreError.unknownBadge("ZZ")),
        (StoreError.unknownSession(42), StoreError.rule(.scoreOutOfRange(101))),
        (StoreError.rule(.scoreOutOfRange(101)), StoreError.unknownSession(42)),
    ])
    func earlierBrokenEntryWins(first: StoreError, second: StoreError) throws {
        func entry(breaking rule: StoreError) throws -> CompletionRequest {
            try #require(Self.brokenEntries.first { $0.1 == rule }?.0)
        }
        var entries = Self.entries
        // Far apart, so the later one is checked on the resolving thread while the writer is still short of the first.
        entries.insert(try entry(breaking: second), at: 3_000)
        entries.insert(try entry(breaking: first), at: 2_000)
        let fixture = try fixture()
        #expect(throws: first) { try fixture.apply(.recordRoster(RosterRequest(entries: entries))) }
    }

    @Test("a large roster's class session is given to every entry that names none")
    func sessionForEveryEntry() throws {
        let fixture = try fixture()
        let session = SessionRequest(moduleID: SampleCurriculum.firstAid, heldOn: day("2025-03-03"), instructor: "Sgt. Ray",
                                     location: "Hall")
        guard case .rosterRecorded(let summary) = try fixture.apply(.recordRoster(RosterRequest(entries: Self.entries, session: session))),
              let sessionID = summary.sessionID else {
            Issue.record("expected a roster summary with a session")
            return
        }
        #expect(summary.newIDs.count == Self.entries.count - 41)
        #expect(try fixture.store.integer("SELECT COUNT(*) FROM completion WHERE session_id = \(sessionID)") == summary.newIDs.count)
        #expect(try fixture.store.verifyAudit().isIntact)
    }

    @Test("inside a bulk load, where completions go several to a statement, the same ids, rows and events")
    func severalRowsPerStatement() throws {
        let plain = try StoreFixture()
        let expected = try plain.apply(.recordRoster(RosterRequest(entries: Self.entries)))
        let loaded = try StoreFixture()
        let result = try loaded.store.loadingInBulk {
            try loaded.apply(.recordRoster(RosterRequest(entries: Self.entries)))
        }
        #expect(result == expected)
        let completions = "SELECT * FROM completion ORDER BY id"
        #expect(try loaded.store.read { db in try Row.fetchAll(db, sql: completions) }
            == plain.store.read { db in try Row.fetchAll(db, sql: completions) })
        #expect(try Self.auditRows(loaded) == Self.auditRows(plain))
        #expect(try loaded.store.verifyAudit().isIntact)
    }
}

@Suite("A first import of many officers builds their audit events on a second thread")
struct PipelinedImportTests {
    /// 2,500 officers with names to escape, absent and empty optional columns, and a login moved between rows.
    static let rows: [OfficerImportRow] = (0..<2_500).map { index in
        OfficerImportRow(
            badge: "P\(index)", lastName: index % 7 == 0 ? "Ñúñez \"Ace\" \\ 山田" : "Last\(index)", firstName: "  Zoë ",
            unit: index % 3 == 0 ? .some(nil) : .some("Unit \(index % 5)"), rank: index % 4 == 0 ? nil : .some("Officer"),
            email: .some("p\(index)@agency.example"), login: index % 9 == 0 ? .some(nil) : .some("p\(index)"),
            hireDate: index % 2 == 0 ? .some(day("2019-02-28")) : nil, status: index % 11 == 0 ? .leave : nil)
    }

    /// Officers arriving on leave get their facts after the command's officers, so a first import in one part
    /// and in several order the events differently; each record's events are the same, byte for byte.
    @Test("the same officers and, record by record, the same audit events as an import in small parts", arguments: [false, true])
    func sameEventsAsOneAtATime(sync: Bool) throws {
        #expect(Self.rows.count >= CommandContext.pipelinedRosterSize)
        let large = try StoreFixture(officers: [])
        #expect(try large.apply(.importOfficers(rows: Self.rows, sync: sync)).importCounts
            == OfficerImportSummary(new: Self.rows.count, updated: 0, unchanged: 0, separated: 0))

        // Parts under the pipeline's size, the later ones into a table no longer empty: the one-at-a-time path.
        let small = try StoreFixture(officers: [])
        let parts = stride(from: 0, to: Self.rows.count, by: 500).map {
            RecordCommand.importOfficers(rows: Array(Self.rows[$0..<min($0 + 500, Self.rows.count)]), sync: false)
        }
        _ = try small.store.apply(parts, actor: "tester")

        #expect(try large.store.verifyAudit().isIntact)
        #expect(try small.store.verifyAudit().isIntact)
        let largeEvents = try Self.eventsByRecord(large)
        #expect(largeEvents.count == Self.rows.count + (try large.store.integer("SELECT COUNT(*) FROM audit_event WHERE entity <> 'officer'")))
        #expect(try large.store.integer("SELECT COUNT(*) FROM officer_fact WHERE kind = 'leave'") == Self.rows.filter { $0.status == .leave }.count)
        #expect(largeEvents == (try Self.eventsByRecord(small)))
        #expect(try large.store.officer(badge: "P7")?.lastName == "Ñúñez \"Ace\" \\ 山田")
    }

    /// Every event but its id and hash, by entity and key.
    static func eventsByRecord(_ fixture: StoreFixture) throws -> [[String?]] {
        try fixture.store.read { db in
            try Row.fetchAll(db, sql: """
                SELECT occurred_at, actor, action, entity, entity_key, before_state, after_state FROM audit_event
                ORDER BY entity, entity_key, id
                """).map { row in row.databaseValues.map { $0.isNull ? nil : $0.description } }
        }
    }

    @Test("a bad row late in a large first import leaves the table empty and the audit trail as it was")
    func badRowRollsBack() throws {
        let fixture = try StoreFixture(officers: [])
        let events = try fixture.store.integer("SELECT COUNT(*) FROM audit_event")
        let indexes = try Self.officerIndexes(fixture)
        var rows = Self.rows
        rows[2_400].login = .some("p5")
        #expect(throws: StoreError.invalidField(field: "login", problem: "'p5' already belongs to officer 'P5'")) {
            try fixture.apply(.importOfficers(rows: rows, sync: false))
        }
        #expect(try fixture.store.integer("SELECT COUNT(*) FROM officer") == 0)
        #expect(try fixture.store.integer("SELECT COUNT(*) FROM audit_event") == events)
        #expect(try fixture.store.verifyAudit().isIntact)
        #expect(try Self.officerIndexes(fixture) == indexes)
    }

    /// The officer table's indexes as `sqlite_master` spells them.
    static func officerIndexes(_ fixture: StoreFixture) throws -> [[String?]] {
        try fixture.store.read { db in
            try Row.fetchAll(db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'officer' ORDER BY name")
                .map { [$0["name"], $0["sql"]] }
        }
    }

    @Test("a large first import builds the officer indexes after its rows: the same indexes, holding every officer")
    func indexesBuiltAfter() throws {
        let fixture = try StoreFixture(officers: [])
        let indexes = try Self.officerIndexes(fixture)
        #expect(indexes.count >= 5)
        try fixture.apply(.importOfficers(rows: Self.rows, sync: false))
        #expect(try Self.officerIndexes(fixture) == indexes)
        #expect(try fixture.store.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") } == ["ok"])
        try fixture.store.read { db in
            let plan = try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN SELECT badge FROM officer WHERE login = 'p10'")
                .map { $0["detail"] as String }.joined(separator: "; ")
            #expect(plan.contains("officer_login"))
            #expect(try String.fetchAll(db, sql: "SELECT badge FROM officer INDEXED BY officer_login WHERE login = 'p10'") == ["P10"])
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM officer INDEXED BY officer_name WHERE last_name >= ''") == Self.rows.count)
        }
    }
}

@Suite("Officers imports check logins against the records as they change")
struct ImportLoginTests {
    @Test("a login freed earlier in the same import may be taken by a later row")
    func loginHandedOn() throws {
        let fixture = try StoreFixture()
        let rows = [
            OfficerImportRow(badge: "A1", lastName: "Ångström", firstName: "Zoë", login: .some("zoe.a")),
            OfficerImportRow(badge: "N5", lastName: "New", firstName: "Person", login: .some("zoe")),
        ]
        #expect(try fixture.apply(.importOfficers(rows: rows, sync: false)).importCounts
            == OfficerImportSummary(new: 1, updated: 1, unchanged: 0, separated: 0))
        #expect(try fixture.store.officer(login: "zoe")?.badge == "N5")
        #expect(try fixture.store.officer(login: "zoe.a")?.badge == "A1")
    }

    @Test("a login still held when a row claims it is refused, naming the holder")
    func loginStillHeld() throws {
        let fixture = try StoreFixture()
        let rows = [
            OfficerImportRow(badge: "N5", lastName: "New", firstName: "Person", login: .some("zoe")),
            OfficerImportRow(badge: "A1", lastName: "Ångström", firstName: "Zoë", login: .some("zoe.a")),
        ]
        #expect(throws: StoreError.invalidField(field: "login", problem: "'zoe' already belongs to officer 'A1'")) {
            try fixture.apply(.importOfficers(rows: rows, sync: false))
        }
        #expect(try fixture.store.officer(badge: "N5") == nil)
    }

    @Test("a file with many logins reports one already held outside the file on its line", arguments: [0, 1])
    func manyLogins(padding: Int) throws {
        let fixture = try StoreFixture()
        var csv = "badge,last_name,first_name,login\n"
        for index in 0..<250 {
            csv += "P\(index),Last,First,\(index == 120 ? "zoe" : "login\(index)")\(padding == 1 ? " " : "")\n"
        }
        let outcome = try fixture.store.importOfficersCSV(Array(csv.utf8), file: "many.csv", sync: false, dryRun: false,
                                                          actor: "tester")
        #expect(outcome.problems.map(\.description) == ["many.csv:122: login: 'zoe' already belongs to officer 'A1'"])
        #expect(!outcome.applied)
        #expect(try fixture.store.officer(badge: "P0") == nil)
    }

    @Test("cells are trimmed of tabs and Unicode spaces as well as plain ones", arguments: [
        ("Zoë", "Zoë"), (" Zoë ", "Zoë"), ("\u{2003}Zoë\u{00A0}", "Zoë"), ("\u{3000}東京\u{2009}", "東京"), ("Ñ", "Ñ"),
    ])
    func trimming(cell: String, stored: String) throws {
        let fixture = try StoreFixture()
        try fixture.apply(.importOfficers(rows: [OfficerImportRow(badge: "T1", lastName: cell, firstName: "X")], sync: false))
        #expect(try fixture.store.officer(badge: "T1")?.lastName == stored)
        #expect(cell.trimmedWhitespace() == cell.trimmingCharacters(in: .whitespaces))
    }
}
