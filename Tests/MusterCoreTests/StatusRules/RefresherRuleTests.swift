import MusterCore
import Testing

private typealias R = RuleFixtures

@Suite("Rule 7: refreshers and prerequisites")
struct RefresherRuleTests {
    static let curriculum = Curriculum(modules: [
        R.module("uof-deescalation", validity: .once),
        R.module("uof-deescalation-refresher", prerequisites: ["uof-deescalation"], refresherOf: "uof-deescalation",
                 firstDueMonths: 12),
    ])
    static let assignments = [
        R.assign(1, .module("uof-deescalation"), due: "2026-06-30", from: "2026-01-01"),
        R.assign(2, .module("uof-deescalation-refresher"), due: "2026-06-30", from: "2026-01-01"),
    ]

    // The recruit: finished the initial course in April; the first refresher is due a year later.
    @Test("the initial course carries the refresher until first_due_months after it", arguments: [
        ("2026-10-01", ModuleStatus.current, "2027-04-10"),
        ("2027-03-11", .expiring, "2027-04-10"),
        ("2027-04-10", .expired, "2027-04-10"),
    ])
    func carried(asOf: String, expected: ModuleStatus, due: String) {
        let standing = R.standings(
            Self.curriculum, assignments: Self.assignments,
            completions: [R.completion(1, "uof-deescalation", on: "2026-04-10")], asOf: asOf)[1]
        #expect(standing.status == expected)
        #expect(standing.expiresOn == R.date(due))
        #expect(standing.carriedBy?.id == 1)
        #expect(standing.reason.contains("uof-deescalation passed 2026-04-10; first refresher"))
    }

    @Test("a refresher completion takes over once it runs longer than the carry")
    func refresherTakesOver() {
        let standing = R.standings(
            Self.curriculum, assignments: Self.assignments,
            completions: [R.completion(1, "uof-deescalation", on: "2026-04-10"),
                          R.completion(2, "uof-deescalation-refresher", on: "2027-03-01")],
            asOf: "2027-06-01")[1]
        #expect(standing.status == .current)
        #expect(standing.basis?.id == 2)
        #expect(standing.carriedBy == nil)
        #expect(standing.expiresOn == R.date("2028-03-01"))
    }

    @Test("a completion without a passing prerequisite on or before its date does not count", arguments: [
        ("2026-03-01", false),
        ("2026-04-10", true),
        ("2026-05-01", true),
    ])
    func prerequisite(refresherOn: String, counts: Bool) {
        let curriculum = Curriculum(modules: [
            R.module("uof-deescalation", validity: .once),
            R.module("uof-deescalation-refresher", prerequisites: ["uof-deescalation"]),
        ])
        let standing = R.standings(
            curriculum, assignments: [Self.assignments[1]],
            completions: [R.completion(1, "uof-deescalation", on: "2026-04-10"),
                          R.completion(2, "uof-deescalation-refresher", on: refresherOn)],
            asOf: "2026-06-01")[0]
        #expect(standing.evidence.first?.verdict.counts == counts)
        if !counts {
            #expect(standing.evidence.first?.verdict == .doesNotCount([.waitingForPrerequisite("uof-deescalation")]))
            #expect(standing.notes.contains { $0.contains("waiting for prerequisite uof-deescalation") })
        }
    }
}
