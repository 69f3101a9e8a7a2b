import MusterCore
@testable import MusterStore
import MusterTestSupport
import Testing

@Suite("Recording, rosters and voiding")
struct CompletionCommandTests {
    @Test("a completion is recorded against the newest version binding on its date: a later one once approved")
    func newestVersion() throws {
        let fixture = try StoreFixture()
        let first = try fixture.record("A1", SampleCurriculum.deEscalation, on: "2024-01-10", score: 90)
        try fixture.apply(.loadCurriculum(SampleCurriculum.revised))
        let pending = try fixture.record("A1", SampleCurriculum.deEscalation, on: "2025-01-10", score: 90)
        try fixture.apply(.reviewModule(ModuleReviewRequest(
            moduleID: SampleCurriculum.deEscalation, version: ModuleVersion("2024.1")!, role: .approver, decision: .approve,
            note: "ok")))
        let second = try fixture.record("A1", SampleCurriculum.deEscalation, on: "2025-06-15", score: 90)
        let completions = try fixture.store.completions(badge: "A1").map(\.completion)
        #expect(completions.map(\.id) == [first, pending, second])
        #expect(completions.map(\.moduleVersion.description) == ["2023.1", "2023.1", "2024.1"])
    }

    @Test("the pass mark decides the result when a score is given", arguments: [
        (80, nil, Completion.Result.pass), (79, nil, .fail), (100, .pass, .pass), (0, .fail, .fail),
    ] as [(Int, Completion.Result?, Completion.Result)])
    func passMark(score: Int, given: Completion.Result?, expected: Completion.Result) throws {
        let fixture = try StoreFixture()
        let result = try fixture.apply(.recordCompletion(CompletionRequest(
            badge: "A1", moduleID: SampleCurriculum.deEscalation, completedOn: day("2025-01-01"), result: given, score: score)))
        guard case .completionRecorded(_, _, let stored) = result else {
            Issue.record("unexpected \(result)")
            return
        }
        #expect(stored == expected)
    }

    @Test("a completion with no score and no result passes; today is the default date")
    func defaults() throws {
        let fixture = try StoreFixture()
        let id = try #require(try fixture.apply(.recordCompletion(CompletionRequest(badge: "B1", moduleID: SampleCurriculum.firstAid))).createdID)
        let stored = try #require(try fixture.store.completion(id: id)?.completion)
        #expect(stored.result == .pass)
        #expect(stored.completedOn == today)
    }

    @Test("completions that break a rule are refused with a typed error", arguments: [
        (CompletionRequest(badge: "ZZ", moduleID: "first-aid", completedOn: day("2025-01-01")), StoreError.unknownBadge("ZZ")),
        (CompletionRequest(badge: "A1", moduleID: "juggling", completedOn: day("2025-01-01")), .unknownModule("juggling")),
        (CompletionRequest(badge: "A1", moduleID: "first-aid", completedOn: day("2025-06-16")),
         .rule(.futureDate(field: "completed_on", date: day("2025-06-16"), today: today))),
        (CompletionRequest(badge: "A1", moduleID: "first-aid", completedOn: day("2025-01-01"), score: 101), .rule(.scoreOutOfRange(101))),
        (CompletionRequest(badge: "A1", moduleID: "first-aid", completedOn: day("2025-01-01"), score: -1), .rule(.scoreOutOfRange(-1))),
        (CompletionRequest(badge: "A1", moduleID: "de-escalation", completedOn: day("2025-01-01"), result: .pass, score: 50),
         .rule(.resultContradictsPassMark(result: .pass, score: 50, passMark: 80))),
        (CompletionRequest(badge: "A1", moduleID: "first-aid", completedOn: day("2025-01-01"), hours: 0), .rule(.hoursOutOfRange(0))),
        (CompletionRequest(badge: "A1", moduleID: "first-aid", completedOn: day("2025-01-01"), sessionID: 42), .unknownSession(42)),
    ])
    func refused(request: CompletionRequest, error: StoreError) throws {
        let fixture = try StoreFixture()
        #expect(throws: error) { try fixture.apply(.recordCompletion(request)) }
        #expect(try fixture.store.integer("SELECT COUNT(*) FROM completion") == 0)
    }

    @Test("voiding keeps the completion with its reason, who and when; voiding again is refused")
    func void() throws {
        let fixture = try StoreFixture()
        let id = try fixture.record("A1", SampleCurriculum.firstAid, on: "2025-02-01")
        #expect(try fixture.apply(.voidCompletion(id: id, reason: "wrong officer")) == .completionVoided(id: id))
        let record = try #require(try fixture.store.completion(id: id))
        #expect(record.completion.voidReason == "wrong officer")
        #expect(record.completion.isVoided)
        #expect(record.voidedBy == "tester")
        #expect(record.voidedAt != nil)
        #expect(throws: StoreError.alreadyVoided(id: id, reason: "wrong officer")) {
            try fixture.apply(.voidCompletion(id: id, reason: "again"))
        }
        #expect(throws: StoreError.unknownCompletion(999)) { try fixture.apply(.voidCompletion(id: 999, reason: "x")) }
        #expect(throws: StoreError.rule(.emptyField("reason"))) { try fixture.apply(.voidCompletion(id: id, reason: " ")) }
    }

    @Test("a roster creates its session, and re-recording it counts duplicates instead of storing them")
    func rosterIdempotent() throws {
        let fixture = try StoreFixture()
        let roster = RosterRequest(
            entries: [
                CompletionRequest(badge: "A1", moduleID: SampleCurriculum.firstAid, completedOn: day("2025-03-03")),
                CompletionRequest(badge: "A2", moduleID: SampleCurriculum.firstAid, completedOn: day("2025-03-03")),
                CompletionRequest(badge: "A2", moduleID: SampleCurriculum.firstAid, completedOn: day("2025-03-03")),
            ],
            session: SessionRequest(moduleID: SampleCurriculum.firstAid, heldOn: day("2025-03-03"), instructor: "Sgt. Ray", location: "Hall"))
        guard case .rosterRecorded(let first) = try fixture.apply(.recordRoster(roster)) else {
            Issue.record("expected a roster summary")
            return
        }
        #expect(first.newIDs.count == 2)
        #expect(first.duplicates == 1)
        let sessionID = try #require(first.sessionID)
        #expect(try fixture.store.classSession(id: sessionID)?.instructor == "Sgt. Ray")
        #expect(try fixture.store.completions(badge: "A1").first?.completion.sessionID == sessionID)

        let again = RosterRequest(entries: roster.entries)
        #expect(try fixture.apply(.recordRoster(again)) == .rosterRecorded(RosterSummary(newIDs: [], duplicates: 3)))
        #expect(try fixture.store.integer("SELECT COUNT(*) FROM completion") == 2)
    }

    /// A second entry differing from `first` in one field at most.
    static let secondEntries: [(CompletionRequest, duplicates: Int)] = [
        (CompletionRequest(badge: "A1", moduleID: SampleCurriculum.firstAid, completedOn: day("2025-03-03")), 1),
        (CompletionRequest(badge: "A2", moduleID: SampleCurriculum.firstAid, completedOn: day("2025-03-03")), 0),
        (CompletionRequest(badge: "A1", moduleID: SampleCurriculum.deEscalation, completedOn: day("2025-03-03"), score: 90), 0),
        (CompletionRequest(badge: "A1", moduleID: SampleCurriculum.firstAid, completedOn: day("2025-03-04")), 0),
        (CompletionRequest(badge: "A1", moduleID: SampleCurriculum.firstAid, completedOn: day("2024-03-03")), 0),
        (CompletionRequest(badge: "A1", moduleID: SampleCurriculum.firstAid, completedOn: day("2025-03-03"), result: .fail), 0),
    ]

    @Test("within one roster, only an entry equal in officer, module, date and result is a duplicate",
          arguments: secondEntries)
    func duplicatesWithinRoster(second: CompletionRequest, duplicates: Int) throws {
        let first = CompletionRequest(badge: "A1", moduleID: SampleCurriculum.firstAid, completedOn: day("2025-03-03"))
        // Distinct entries of another officer, enough to send the roster down the pipelined path.
        let filler = (0..<CommandContext.pipelinedRosterSize).map {
            CompletionRequest(badge: "B1", moduleID: SampleCurriculum.firstAid, completedOn: day("2019-01-01").adding(days: $0))
        }
        for entries in [[first, second], [second, first], filler + [first, second]] {
            let fixture = try StoreFixture()
            defer { fixture.directory.remove() }
            guard case .rosterRecorded(let summary) = try fixture.apply(.recordRoster(RosterRequest(entries: entries))) else {
                Issue.record("expected a roster summary")
                return
            }
            #expect(summary.duplicates == duplicates)
            #expect(summary.newIDs.count == entries.count - duplicates)
        }
    }

    @Test("a voided completion is not a duplicate: recording it again stores a new one")
    func voidedIsNotDuplicate() throws {
        let fixture = try StoreFixture()
        let id = try fixture.record("A1", SampleCurriculum.firstAid, on: "2025-03-03")
        try fixture.apply(.voidCompletion(id: id, reason: "typo"))
        let entry = CompletionRequest(badge: "A1", moduleID: SampleCurriculum.firstAid, completedOn: day("2025-03-03"))
        guard case .rosterRecorded(let summary) = try fixture.apply(.recordRoster(RosterRequest(entries: [entry]))) else {
            Issue.record("expected a roster summary")
            return
        }
        #expect(summary.newIDs.count == 1)
        #expect(summary.duplicates == 0)
    }
}
