import MusterTestSupport
import Testing
@testable import MusterCore

/// Partner officers and event-triggered assignments in the status engine: a partner officer is never given the
/// home agency's unit assignments, whatever unit they name, and a module an event-triggered assignment requires
/// is reported under that origin. Every row is also checked on the report line (`RuleFixtures.standings`).
@Suite("Status rules: partner agencies and assignment origins")
struct AgencyAndOriginRuleTests {
    typealias F = RuleFixtures
    static let curriculum = Curriculum(modules: [F.module("wellness"), F.module("cew")],
                                       certifications: [F.certification("cert-cew", modules: ["cew"])])

    static func assignment(_ id: Int64, _ target: Assignment.Target, to assignee: Assignment.Assignee,
                           origin: AssignmentOrigin = .routine, due: String = "2024-06-01") -> Assignment {
        var assignment = F.assign(id, target, to: assignee, due: due)
        assignment.origin = origin
        return assignment
    }

    @Test("which assignments reach an officer of each agency", arguments: [
        // agency, assignment's assignee, required modules
        (nil as String?, Assignment.Assignee.unit("Patrol"), ["wellness"]),
        ("lecc-east", .unit("Patrol"), []),
        ("lecc-east", .unit("Traffic"), []),
        (nil, .unit("Traffic"), []),
        ("lecc-east", .officer(badge: F.badge), ["wellness"]),
        (nil, .officer(badge: F.badge), ["wellness"]),
    ])
    func scope(agency: String?, assignee: Assignment.Assignee, required: [String]) {
        var officer = F.officer(unit: "Patrol")
        officer.agency = agency
        let standings = F.standings(Self.curriculum, officer: officer,
                                    assignments: [Self.assignment(1, .module("wellness"), to: assignee)], asOf: "2024-07-01")
        #expect(standings.map(\.moduleID) == required)
    }

    @Test("a partner officer holds no certification the home agency assigned to their unit")
    func certificationsSkipPartners() {
        var officer = F.officer(unit: "Patrol")
        officer.agency = "lecc-east"
        let standing = F.officerStanding(Self.curriculum, officer: officer,
                                         assignments: [Self.assignment(1, .certification("cert-cew"), to: .unit("Patrol"))],
                                         asOf: "2024-07-01")
        #expect(standing.certifications.isEmpty)
        #expect(standing.modules.isEmpty)
    }

    @Test("a module's origin is the event-triggered one when any assignment requiring it was triggered", arguments: [
        ([AssignmentOrigin.routine], AssignmentOrigin.routine),
        ([.postIncident], .postIncident),
        ([.routine, .postIncident], .postIncident),
        ([.remedial, .routine], .remedial),
        ([.remedial, .postIncident], .postIncident),
    ])
    func origin(origins: [AssignmentOrigin], expected: AssignmentOrigin) {
        let assignments = origins.enumerated().map { index, origin in
            Self.assignment(Int64(index + 1), .module("wellness"), to: .officer(badge: F.badge), origin: origin)
        }
        let standings = F.standings(Self.curriculum, assignments: assignments, asOf: "2024-07-01")
        #expect(standings.map(\.origin) == [expected])
        #expect(standings.map(\.line.origin) == [expected])
    }

    @Test("a trigger's assignment falls due its days after the event")
    func triggerDue() {
        let trigger = IncidentTrigger(id: "t", event: .useOfForce, moduleID: "wellness", withinDays: 14, origin: .postIncident)
        #expect(trigger.dueOn(after: F.date("2024-12-25")) == F.date("2025-01-08"))
    }
}
