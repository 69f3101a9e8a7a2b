import MusterCore
import Testing

private typealias R = RuleFixtures

@Suite("Rules 5 and 6: officers and assignments over time")
struct OfficerTimeRuleTests {
    static let curriculum = Curriculum(modules: [R.module("a"), R.module("b")])

    // The case: hired 2026-11-15 into a unit assigned with --due 2026-03-31: owed 90 days after joining.
    @Test("rule 6: a new hire owes a unit assignment new_members_within days after the hire date", arguments: [
        ("2026-11-14", nil as ModuleStatus?, nil as String?),
        ("2026-11-15", .assigned, "2027-02-13"),
        ("2027-02-13", .assigned, "2027-02-13"),
        ("2027-02-14", .overdue, "2027-02-13"),
    ])
    func newHire(asOf: String, expected: ModuleStatus?, due: String?) {
        let standings = R.standings(
            Self.curriculum, officer: R.officer(unit: "Traffic", hired: "2026-11-15"),
            assignments: [R.assign(1, .module("a"), to: .unit("Traffic"), due: "2026-03-31", from: "2026-01-01")], asOf: asOf)
        #expect(standings.first?.status == expected)
        #expect(standings.first?.dueOn == due.map(R.date))
        if expected != nil { #expect(standings[0].notes.contains { $0.contains("came into scope on 2026-11-15") }) }
    }

    @Test("rule 6: in force from --from until it is ended; later joiners get their own window", arguments: [
        ("2025-12-31", "2026-06-30" as String?, nil as String?, 90, nil as String?),
        ("2026-01-01", "2026-06-30", nil, 90, "2026-06-30"),
        ("2026-07-01", "2026-06-30", "2026-07-01", 90, nil),
        ("2026-06-30", "2026-06-30", "2026-07-01", 90, "2026-06-30"),
    ])
    func assignmentPeriod(asOf: String, due: String?, ended: String?, within: Int, expectedDue: String?) {
        let standings = R.standings(
            Self.curriculum, assignments: [R.assign(1, .module("a"), due: due, from: "2026-01-01", ended: ended, within: within)],
            asOf: asOf)
        #expect(standings.first?.dueOn == expectedDue.map(R.date))
        #expect(standings.isEmpty == (expectedDue == nil))
    }

    static let moves = [
        R.fact(1, on: "2026-09-01", .unitChange(from: "Patrol", to: "Traffic")),
    ]
    static let unitAssignments = [
        R.assign(1, .module("a"), to: .unit("Patrol"), due: "2026-03-31", from: "2026-01-01"),
        R.assign(2, .module("b"), to: .unit("Traffic"), due: "2026-03-31", from: "2026-01-01"),
    ]

    @Test("rule 5: an officer is judged in the unit they were in on the day; a move keeps the past", arguments: [
        ("2026-06-01", ["a"], [nil as String?]),
        ("2026-08-31", ["a"], [nil]),
        ("2026-09-01", ["b"], ["2026-11-30"]),
    ])
    func movedOfficer(asOf: String, modules: [String], dues: [String?]) {
        let standings = R.standings(
            Self.curriculum, officer: R.officer(unit: "Traffic"), assignments: Self.unitAssignments, facts: Self.moves, asOf: asOf)
        #expect(standings.map(\.moduleID) == modules)
        let expectedDues = zip(modules, dues).map { $0.1.map(R.date) ?? R.date("2026-03-31") }
        #expect(standings.map(\.dueOn) == expectedDues)
    }

    @Test("rule 5: not judged before the hire date nor on or after the separation date", arguments: [
        ("2026-01-31", OfficerStanding.Service.notYetHired(R.date("2026-02-01"))),
        ("2026-02-01", .serving),
        ("2026-11-29", .serving),
        ("2026-11-30", .separated(R.date("2026-11-30"))),
        ("2027-03-01", .serving),
    ])
    func service(asOf: String, expected: OfficerStanding.Service) {
        let standing = R.officerStanding(
            Self.curriculum, officer: R.officer(hired: "2026-02-01"),
            assignments: [R.assign(1, .module("a"), to: .unit("Patrol"), due: "2026-12-31", from: "2026-01-01")],
            facts: [R.fact(1, on: "2026-11-30", .separated), R.fact(2, on: "2027-03-01", .reinstated)], asOf: asOf)
        #expect(standing.service == expected)
        #expect(standing.modules.isEmpty == !expected.isServing)
    }

    @Test("rule 5: separating an officer later does not change what they owed on a day they served")
    func separationLeavesThePast() {
        let assignments = [R.assign(1, .module("a"), to: .unit("Patrol"), due: "2026-03-31", from: "2026-01-01")]
        var separated = R.officer()
        separated.status = .separated
        let before = R.standings(Self.curriculum, assignments: assignments, asOf: "2026-06-01")
        let after = R.standings(Self.curriculum, officer: separated, assignments: assignments,
                                facts: [R.fact(1, on: "2026-11-30", .separated)], asOf: "2026-06-01")
        #expect(after == before)
        #expect(after.map(\.status) == [.overdue])
    }
}
