import MusterCore
@testable import MusterStore
import MusterTestSupport
import Testing

@Suite("Assignments over time: from, new members' window, ending")
struct AssignmentPeriodTests {
    @Test("from and the new members' window are stored and read back; from defaults to the day it is made", arguments: [
        (CalendarDate?.none, Int?.none, today, Assignment.defaultNewMembersWithinDays),
        (day("2025-09-01"), 30, day("2025-09-01"), 30),
        (day("2024-01-01"), 0, day("2024-01-01"), 0),
        (nil, 3650, today, 3650),
    ])
    func storedAndReadBack(from: CalendarDate?, within: Int?, expectedFrom: CalendarDate, expectedWithin: Int) throws {
        let fixture = try StoreFixture()
        defer { fixture.directory.remove() }
        let id = try #require(try fixture.apply(.assign(AssignmentRequest(
            target: .module(SampleCurriculum.firstAid), assignee: .unit("North"), dueOn: day("2025-12-31"),
            from: from, newMembersWithinDays: within))).createdID)
        let stored = try #require(try fixture.store.allAssignments().first { $0.id == id })
        #expect(stored.from == expectedFrom)
        #expect(stored.newMembersWithinDays == expectedWithin)
        #expect(stored.endedOn == nil)
        #expect(stored.assignedOn == today)
        #expect(try fixture.store.verifyAudit().drifts.isEmpty)
    }

    @Test("a new members' window outside 0–3650 days is refused, naming the field", arguments: [-1, 3651])
    func windowOutOfRange(days: Int) throws {
        let fixture = try StoreFixture()
        defer { fixture.directory.remove() }
        #expect(throws: StoreError.rule(.outOfRange(field: "new_members_within_days", value: days, range: 0...3650))) {
            try fixture.apply(.assign(AssignmentRequest(
                target: .module(SampleCurriculum.firstAid), assignee: .officer(badge: "A1"), newMembersWithinDays: days)))
        }
        #expect(try fixture.store.allAssignments().isEmpty)
    }

    @Test("ending is dated, audited with the state before, and today by default")
    func end() throws {
        let fixture = try StoreFixture()
        defer { fixture.directory.remove() }
        let first = try #require(try fixture.apply(.assign(AssignmentRequest(
            target: .module(SampleCurriculum.firstAid), assignee: .officer(badge: "A1"), from: day("2025-01-01")))).createdID)
        let second = try #require(try fixture.apply(.assign(AssignmentRequest(
            target: .module(SampleCurriculum.legalUpdate), assignee: .officer(badge: "A1")))).createdID)
        #expect(try fixture.apply(.endAssignment(id: first, on: day("2025-03-01"))) == .assignmentEnded(id: first))
        #expect(try fixture.apply(.endAssignment(id: second, on: nil)) == .assignmentEnded(id: second))
        let stored = try fixture.store.allAssignments()
        #expect(stored.map(\.endedOn) == [day("2025-03-01"), today])
        #expect(stored[0].isInForce(on: day("2025-02-28")) && !stored[0].isInForce(on: day("2025-03-01")))
        let events = try fixture.store.integer(
            "SELECT COUNT(*) FROM audit_event WHERE action = 'endAssignment' AND before_state NOT LIKE '%ended_on%'")
        #expect(events == 2)
        #expect(try fixture.store.verifyAudit().drifts.isEmpty)
    }

    @Test("ending an unknown assignment, an ended one, or before it applies is refused", arguments: [
        ("unknown", "assignment: no assignment has id 99"),
        ("twice", "assignment: assignment 1 already ended on 2025-04-01"),
        ("early", "ended_on: 2024-12-31 is before assignment 1 applies (from 2025-01-01)"),
    ])
    func endRefused(case name: String, message: String) throws {
        let fixture = try StoreFixture()
        defer { fixture.directory.remove() }
        let id = try #require(try fixture.apply(.assign(AssignmentRequest(
            target: .module(SampleCurriculum.firstAid), assignee: .officer(badge: "A1"), from: day("2025-01-01")))).createdID)
        #expect(id == 1)
        let command: RecordCommand
        switch name {
        case "unknown": command = .endAssignment(id: 99, on: nil)
        case "twice":
            try fixture.apply(.endAssignment(id: id, on: day("2025-04-01")))
            command = .endAssignment(id: id, on: day("2025-05-01"))
        default: command = .endAssignment(id: id, on: day("2024-12-31"))
        }
        let error = try #require(throws: StoreError.self) { try fixture.apply(command) }
        #expect(error.description == message)
    }
}
