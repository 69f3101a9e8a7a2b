import MusterCore
@testable import MusterStore
import MusterTestSupport
import Testing

/// Unit moves, leaves, separations and their reversals, as the officer commands record them (issue 18 rules 5
/// and 10). The fixture's today is 2025-06-15; A1 and A2 are in North, B1 in South (hired 2020-03-01), C1 in no unit.
@Suite("Officer facts")
struct OfficerFactCommandTests {
    static func edit(_ badge: String, unit: String?? = nil, status: Officer.Status? = nil, on: String? = nil,
                     until: String? = nil) -> RecordCommand {
        .editOfficer(badge: badge, changes: OfficerChanges(
            unit: unit, status: status, effectiveOn: on.map(day), leaveUntil: until.map(day)))
    }

    static func facts(_ fixture: StoreFixture, _ badge: String) throws -> [PlannedFact] {
        try fixture.store.facts(badge: badge).map { PlannedFact(kind: $0.kind, on: $0.on) }
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var commands: [RecordCommand]
        var badge: String
        var facts: [PlannedFact]
        var unit: String?
        var status: Officer.Status
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "a move to another unit on a past day", commands: [edit("A1", unit: "South", on: "2025-03-01")],
             badge: "A1", facts: [PlannedFact(kind: .unitChange(from: "North", to: "South"), on: day("2025-03-01"))],
             unit: "South", status: .active),
        Case(name: "a move without a date holds from today", commands: [edit("C1", unit: "East")],
             badge: "C1", facts: [PlannedFact(kind: .unitChange(from: nil, to: "East"), on: today)], unit: "East", status: .active),
        Case(name: "leaving a unit for none", commands: [edit("A2", unit: .some(nil), on: "2025-01-02")],
             badge: "A2", facts: [PlannedFact(kind: .unitChange(from: "North", to: nil), on: day("2025-01-02"))],
             unit: nil, status: .active),
        Case(name: "a leave still running", commands: [edit("A1", status: .leave, on: "2025-05-01", until: "2025-07-31")],
             badge: "A1", facts: [PlannedFact(kind: .leave(until: day("2025-07-31")), on: day("2025-05-01"))],
             unit: "North", status: .leave),
        Case(name: "a leave over before today leaves the officer active",
             commands: [edit("A1", status: .leave, on: "2025-04-01", until: "2025-05-31")],
             badge: "A1", facts: [PlannedFact(kind: .leave(until: day("2025-05-31")), on: day("2025-04-01"))],
             unit: "North", status: .active),
        Case(name: "an open leave and the return from it",
             commands: [edit("A1", status: .leave, on: "2025-05-01"), edit("A1", status: .active, on: "2025-06-01")],
             badge: "A1", facts: [PlannedFact(kind: .leave(until: nil), on: day("2025-05-01")),
                                  PlannedFact(kind: .returned, on: day("2025-06-01"))],
             unit: "North", status: .active),
        Case(name: "a return cuts a dated leave short",
             commands: [edit("A1", status: .leave, on: "2025-05-01", until: "2025-09-30"), edit("A1", status: .active)],
             badge: "A1", facts: [PlannedFact(kind: .leave(until: day("2025-09-30")), on: day("2025-05-01")),
                                  PlannedFact(kind: .returned, on: today)],
             unit: "North", status: .active),
        Case(name: "a separation on a past day", commands: [.separateOfficer(badge: "B1", on: day("2025-05-01"))],
             badge: "B1", facts: [PlannedFact(kind: .separated, on: day("2025-05-01"))], unit: "South", status: .separated),
        Case(name: "an edit to separated is a separation", commands: [edit("B1", status: .separated, on: "2025-05-02")],
             badge: "B1", facts: [PlannedFact(kind: .separated, on: day("2025-05-02"))], unit: "South", status: .separated),
        Case(name: "a separation and the reinstatement after it",
             commands: [.separateOfficer(badge: "B1", on: day("2025-01-31")), edit("B1", status: .active, on: "2025-04-01")],
             badge: "B1", facts: [PlannedFact(kind: .separated, on: day("2025-01-31")),
                                  PlannedFact(kind: .reinstated, on: day("2025-04-01"))],
             unit: "South", status: .active),
        Case(name: "an officer added on leave is on leave from today",
             commands: [.addOfficer(Officer(badge: "L1", lastName: "Lee", firstName: "Kim", status: .leave))],
             badge: "L1", facts: [PlannedFact(kind: .leave(until: nil), on: today)], unit: nil, status: .leave),
    ]

    @Test("each change is recorded as a dated fact, and the officer's unit and status say what holds today",
          arguments: cases)
    func recorded(_ example: Case) throws {
        let fixture = try StoreFixture()
        for command in example.commands { try fixture.apply(command) }
        #expect(try Self.facts(fixture, example.badge) == example.facts)
        let officer = try #require(try fixture.store.officer(badge: example.badge))
        #expect(officer.unit == example.unit)
        #expect(officer.status == example.status)
        #expect(try fixture.store.integer("SELECT COUNT(*) FROM audit_event WHERE entity = 'officer_fact'") == example.facts.count)
        #expect(try fixture.store.verifyAudit().isIntact)
    }

    static let refusals: [(String, [RecordCommand], RecordCommand, StoreError)] = [
        ("a move dated after today", [], edit("A1", unit: "South", on: "2025-06-16"),
         .rule(.futureDate(field: "on", date: day("2025-06-16"), today: today))),
        ("a move before the last one", [edit("A1", unit: "South", on: "2025-03-01")], edit("A1", unit: "East", on: "2025-02-01"),
         .invalidField(field: "on", problem: "2025-02-01 is before officer 'A1''s last unit move, on 2025-03-01")),
        ("a leave ending before it starts", [], edit("A1", status: .leave, on: "2025-05-01", until: "2025-04-30"),
         .rule(.invalidDateRange(from: day("2025-05-01"), until: day("2025-04-30")))),
        ("an end without a leave", [], edit("A1", unit: "South", until: "2025-07-01"),
         .invalidField(field: "until", problem: "only a leave has an end (give the status leave)")),
        ("a date with nothing to date", [], .editOfficer(badge: "A1", changes: OfficerChanges(rank: .some("Sgt"), effectiveOn: today)),
         .invalidField(field: "on", problem: "only a unit or status change takes a date")),
        ("a separation before the hire date", [], .separateOfficer(badge: "B1", on: day("2020-02-29")),
         .invalidField(field: "on", problem: "2020-02-29 is before the hire date 2020-03-01 of officer 'B1'")),
        ("a separation dated after today", [], .separateOfficer(badge: "B1", on: day("2025-07-01")),
         .rule(.futureDate(field: "on", date: day("2025-07-01"), today: today))),
        ("a second separation", [.separateOfficer(badge: "B1")], .separateOfficer(badge: "B1", on: day("2025-01-01")),
         .alreadySeparated("B1")),
        ("a leave for a separated officer", [.separateOfficer(badge: "B1")], edit("B1", status: .leave),
         .invalidField(field: "status", problem: "officer 'B1' is separated; reinstate them (status active) first")),
        ("a reinstatement before the separation", [.separateOfficer(badge: "B1", on: day("2025-03-01"))],
         edit("B1", status: .active, on: "2025-02-01"),
         .invalidField(field: "on", problem: "2025-02-01 is before officer 'B1''s separation on 2025-03-01")),
        ("a second leave while on one", [edit("A1", status: .leave, on: "2025-05-01")], edit("A1", status: .leave, on: "2025-06-01"),
         .invalidField(field: "status", problem: "officer 'A1' is already on leave since 2025-05-01; record the return first")),
        ("a leave overlapping an earlier one", [edit("A1", status: .leave, on: "2025-03-01", until: "2025-04-30")],
         edit("A1", status: .leave, on: "2025-04-15"),
         .invalidField(field: "on", problem: "2025-04-15 is before the end of officer 'A1''s leave from 2025-03-01 through 2025-04-30")),
        ("a return before the leave began", [edit("A1", status: .leave, on: "2025-05-01")], edit("A1", status: .active, on: "2025-04-01"),
         .invalidField(field: "on", problem: "2025-04-01 is before the start of officer 'A1''s leave on 2025-05-01")),
    ]

    @Test("refused changes name the date and why, and record nothing", arguments: refusals)
    func refused(_ name: String, setup: [RecordCommand], command: RecordCommand, error: StoreError) throws {
        let fixture = try StoreFixture()
        for command in setup { try fixture.apply(command) }
        let facts = try fixture.store.integer("SELECT COUNT(*) FROM officer_fact")
        let events = try fixture.store.integer("SELECT COUNT(*) FROM audit_event")
        #expect(throws: error, "\(name)") { try fixture.apply(command) }
        #expect(try fixture.store.integer("SELECT COUNT(*) FROM officer_fact") == facts)
        #expect(try fixture.store.integer("SELECT COUNT(*) FROM audit_event") == events)
    }

    @Test("a completion dated after a separation in force is refused, one on or before it is not, nor after a reinstatement")
    func completionAfterSeparation() throws {
        let fixture = try StoreFixture()
        try fixture.apply(.separateOfficer(badge: "B1", on: day("2025-05-01")))
        _ = try fixture.record("B1", SampleCurriculum.deEscalation, on: "2025-05-01", score: 90)
        let refusal = StoreError.completionAfterSeparation(badge: "B1", completedOn: day("2025-05-02"), separatedOn: day("2025-05-01"))
        #expect(refusal.description == "completed_on 2025-05-02 is after officer 'B1' separated on 2025-05-01")
        #expect(throws: refusal) { _ = try fixture.record("B1", SampleCurriculum.deEscalation, on: "2025-05-02", score: 90) }
        // In one batch: the separation the batch records is the one the completion after it meets.
        #expect(throws: StoreError.completionAfterSeparation(badge: "A1", completedOn: day("2025-06-01"), separatedOn: day("2025-05-31"))) {
            try fixture.store.apply([
                .recordCompletion(CompletionRequest(badge: "A1", moduleID: SampleCurriculum.deEscalation,
                                                    completedOn: day("2025-05-01"), score: 90)),
                .separateOfficer(badge: "A1", on: day("2025-05-31")),
                .recordCompletion(CompletionRequest(badge: "A1", moduleID: SampleCurriculum.deEscalation,
                                                    completedOn: day("2025-06-01"), score: 90)),
            ], actor: "tester")
        }
        try fixture.apply(Self.edit("B1", status: .active, on: "2025-06-01"))
        _ = try fixture.record("B1", SampleCurriculum.deEscalation, on: "2025-06-02", score: 90)
    }

    @Test("a large roster refuses the entry dated after its officer's separation", arguments: [false, true])
    func rosterAfterSeparation(large: Bool) throws {
        let fixture = try StoreFixture()
        try fixture.apply(.separateOfficer(badge: "B1", on: day("2025-01-31")))
        let size = large ? CommandContext.pipelinedRosterSize + 10 : 3
        var entries = (0..<size).map { index in
            CompletionRequest(badge: index % 2 == 0 ? "A1" : "A2", moduleID: SampleCurriculum.deEscalation,
                              completedOn: day("2024-01-01").adding(days: index % 500), score: 90)
        }
        entries.append(CompletionRequest(badge: "B1", moduleID: SampleCurriculum.deEscalation, completedOn: day("2025-02-01"), score: 90))
        #expect(throws: StoreError.completionAfterSeparation(badge: "B1", completedOn: day("2025-02-01"), separatedOn: day("2025-01-31"))) {
            try fixture.apply(.recordRoster(RosterRequest(entries: entries)))
        }
        #expect(try fixture.store.integer("SELECT COUNT(*) FROM completion") == 0)
    }
}
