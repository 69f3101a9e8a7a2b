import MusterCore
@testable import MusterStore
import MusterTestSupport
import Testing

@Suite("Assignments, waivers, sessions and roles")
struct AssignmentWaiverRoleTests {
    @Test("modules and certifications are assigned to officers and units; unit assignments apply to members")
    func assign() throws {
        let fixture = try StoreFixture()
        let direct = try fixture.apply(.assign(AssignmentRequest(
            target: .module(SampleCurriculum.legalUpdate), assignee: .officer(badge: "A1"), dueOn: day("2025-09-01"))))
        let unit = try fixture.apply(.assign(AssignmentRequest(
            target: .certification(SampleCurriculum.patrolCertification), assignee: .unit("North"))))
        let assignments = try fixture.store.assignments(badge: "A1")
        #expect(assignments.map(\.id) == [direct.createdID, unit.createdID].compactMap { $0 })
        #expect(assignments[0].dueOn == day("2025-09-01"))
        #expect(assignments[1].assignedOn == today)
        #expect(try fixture.store.assignments(badge: "B1").isEmpty)
        #expect(try fixture.store.allAssignments().count == 2)
    }

    @Test("assigning something unknown or to no one is refused", arguments: [
        (AssignmentRequest(target: .module("nope"), assignee: .officer(badge: "A1")), StoreError.unknownModule("nope")),
        (AssignmentRequest(target: .certification("nope"), assignee: .officer(badge: "A1")), .unknownCertification("nope")),
        (AssignmentRequest(target: .module("first-aid"), assignee: .officer(badge: "ZZ")), .unknownBadge("ZZ")),
        (AssignmentRequest(target: .module("first-aid"), assignee: .unit("Atlantis")), .unknownUnit("Atlantis")),
    ])
    func refusedAssign(request: AssignmentRequest, error: StoreError) throws {
        let fixture = try StoreFixture()
        #expect(throws: error) { try fixture.apply(.assign(request)) }
    }

    @Test("a waiver is stored with its period; an inverted period is refused")
    func waive() throws {
        let fixture = try StoreFixture()
        let result = try fixture.apply(.waive(WaiverRequest(
            badge: "B1", moduleID: SampleCurriculum.firstAid, reason: "medical", from: day("2025-01-01"), until: day("2025-12-31"))))
        let waivers = try fixture.store.waivers(badge: "B1")
        #expect(waivers.map(\.id) == [result.createdID].compactMap { $0 })
        #expect(waivers.first?.covers(day("2025-06-01")) == true)
        #expect(throws: StoreError.rule(.invalidDateRange(from: day("2025-02-01"), until: day("2025-01-01")))) {
            try fixture.apply(.waive(WaiverRequest(badge: "B1", moduleID: SampleCurriculum.firstAid, reason: "x",
                                                   from: day("2025-02-01"), until: day("2025-01-01"))))
        }
        #expect(throws: StoreError.rule(.emptyField("reason"))) {
            try fixture.apply(.waive(WaiverRequest(badge: "B1", moduleID: SampleCurriculum.firstAid, reason: "")))
        }
    }

    @Test("class sessions are created and listed newest first")
    func sessions() throws {
        let fixture = try StoreFixture()
        let old = try fixture.apply(.createSession(SessionRequest(moduleID: SampleCurriculum.firstAid, heldOn: day("2025-01-01"))))
        let new = try fixture.apply(.createSession(SessionRequest(moduleID: SampleCurriculum.firstAid, heldOn: day("2025-05-01"), location: "Range")))
        #expect(try fixture.store.classSessions(offset: 0, limit: 10).map(\.id) == [new.createdID, old.createdID].compactMap { $0 })
        #expect(throws: StoreError.rule(.futureDate(field: "held_on", date: day("2025-07-01"), today: today))) {
            try fixture.apply(.createSession(SessionRequest(moduleID: SampleCurriculum.firstAid, heldOn: day("2025-07-01"))))
        }
    }

    @Test("roles are granted once, revoked without deleting the grant, and revoking one not held is refused")
    func roles() throws {
        let fixture = try StoreFixture()
        #expect(try fixture.apply(.grantRole(login: "kim", role: .coordinator)) == .roleGranted(login: "kim", role: .coordinator, changed: true))
        #expect(try fixture.apply(.grantRole(login: "kim", role: .coordinator)) == .roleGranted(login: "kim", role: .coordinator, changed: false))
        try fixture.apply(.grantRole(login: "kim", role: .auditor))
        #expect(try fixture.store.roles(login: "kim") == [.auditor, .coordinator])
        try fixture.apply(.revokeRole(login: "kim", role: .auditor))
        #expect(try fixture.store.roles(login: "kim") == [.coordinator])
        let grants = try fixture.store.roleGrants()
        #expect(grants.count == 2)
        #expect(grants.first { $0.role == .auditor }?.revokedBy == "tester")
        #expect(throws: StoreError.roleNotHeld(login: "kim", role: .auditor)) {
            try fixture.apply(.revokeRole(login: "kim", role: .auditor))
        }
    }
}
