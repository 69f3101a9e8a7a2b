import MusterCore
@testable import MusterStore
import MusterTestSupport
import Testing

/// `recordIncident`: the incident and the assignments its triggers make, in one audited transaction; notes
/// read only by coordinators and auditors.
@Suite("Incidents and the training they trigger")
struct IncidentCommandTests {
    static var curriculum: Curriculum {
        var curriculum = SampleCurriculum.initial
        curriculum.triggers = [
            IncidentTrigger(id: "aid-after-force", event: .useOfForce, moduleID: SampleCurriculum.firstAid, withinDays: 14,
                            origin: .postIncident),
            IncidentTrigger(id: "legal-after-force", event: .useOfForce, moduleID: SampleCurriculum.legalUpdate, withinDays: 30,
                            origin: .postIncident),
            IncidentTrigger(id: "deesc-remedial", event: .failedQualification, moduleID: SampleCurriculum.deEscalation,
                            withinDays: 30, origin: .remedial),
        ]
        return curriculum
    }

    static func fixture() throws -> StoreFixture {
        try StoreFixture(curriculum: curriculum)
    }

    @Test("each trigger of the incident's kind assigns its module, due its days after the incident", arguments: [
        (IncidentKind.useOfForce, ["first-aid 2025-06-15 post-incident", "legal-update 2025-07-01 post-incident"]),
        (.failedQualification, ["de-escalation 2025-07-01 remedial"]),
        (.complaintSustained, []),
    ])
    func triggers(kind: IncidentKind, assigned: [String]) throws {
        let fixture = try Self.fixture()
        let result = try fixture.apply(.recordIncident(IncidentRequest(badge: "A1", occurredOn: day("2025-06-01"), kind: kind, note: "n")))
        guard case .incidentRecorded(let outcome) = result else { Issue.record("\(result)"); return }
        #expect(outcome.assignments.map { "\($0.moduleID) \($0.dueOn) \($0.origin.rawValue)" } == assigned)
        let stored = try fixture.store.assignments(badge: "A1").filter { $0.incidentID == outcome.id }
        #expect(stored.map { "\($0.target.id) \($0.dueOn!) \($0.origin.rawValue)" } == assigned)
        #expect(stored.allSatisfy { $0.from == day("2025-06-01") })
        #expect(try fixture.store.verifyAudit().isIntact)
    }

    @Test("the status of an incident-triggered module carries its origin")
    func statusOrigin() throws {
        let fixture = try Self.fixture()
        _ = try fixture.apply(.recordIncident(IncidentRequest(badge: "A1", occurredOn: day("2025-06-01"), kind: .failedQualification)))
        let engine = StatusEngine(curriculum: try fixture.store.curriculum())
        var lines: [ModuleStatusLine] = []
        try fixture.store.forEachOfficerRecords(OfficerFilter(badge: "A1")) { lines = engine.moduleStandings(for: $0, asOf: today).map(\.line) }
        #expect(lines.map { "\($0.moduleID) \($0.origin.rawValue) \($0.dueOn!)" } == ["de-escalation remedial 2025-07-01"])
    }

    @Test("an incident is refused whole: unknown officer, future date, a login that may not record incidents")
    func refused() throws {
        let fixture = try Self.fixture()
        let requests: [(IncidentRequest, AccessPolicy)] = [
            (IncidentRequest(badge: "NOPE", occurredOn: day("2025-06-01"), kind: .useOfForce), .coordinator("kim")),
            (IncidentRequest(badge: "A1", occurredOn: day("2025-06-16"), kind: .useOfForce), .coordinator("kim")),
            (IncidentRequest(badge: "A1", occurredOn: day("2025-06-01"), kind: .useOfForce),
             AccessPolicy(login: "pat", roles: [.instructor, .auditor], ownBadge: nil)),
        ]
        for (request, access) in requests {
            #expect(throws: StoreError.self) { try fixture.store.apply([.recordIncident(request)], as: access) }
        }
        #expect(try fixture.store.integer("SELECT COUNT(*) FROM incident") == 0)
        #expect(try fixture.store.integer("SELECT COUNT(*) FROM assignment") == 0)
    }

    @Test("notes are read for coordinators and auditors only", arguments: [
        (AccessPolicy.coordinator("kim"), "struck with baton" as String?),
        (AccessPolicy(login: "aud", roles: [.auditor], ownBadge: nil), "struck with baton"),
        (AccessPolicy(login: "pat", roles: [.instructor], ownBadge: nil), nil),
        (AccessPolicy(login: "zoe", roles: [], ownBadge: "A1"), nil),
    ])
    func notes(access: AccessPolicy, note: String?) throws {
        let fixture = try Self.fixture()
        _ = try fixture.apply(.recordIncident(IncidentRequest(badge: "A1", occurredOn: day("2025-06-01"), kind: .useOfForce,
                                                              note: "struck with baton")))
        let incidents = try fixture.store.incidents(OfficerFilter(badge: "A1"), as: access)
        #expect(incidents.map(\.note) == [note])
        #expect(incidents.map(\.kind) == [.useOfForce])
    }

    @Test("loading the curricula again stores only changed triggers")
    func reload() throws {
        let fixture = try Self.fixture()
        var changed = Self.curriculum
        changed.triggers[0].withinDays = 7
        let result = try fixture.apply(.loadCurriculum(changed))
        guard case .curriculumLoaded(let summary) = result else { Issue.record("\(result)"); return }
        #expect(summary.addedEntries == ["trigger:aid-after-force"])
        #expect(try fixture.store.integer("SELECT within_days FROM incident_trigger WHERE id = 'aid-after-force'") == 7)
        #expect(try fixture.store.verifyAudit().isIntact)
    }
}
