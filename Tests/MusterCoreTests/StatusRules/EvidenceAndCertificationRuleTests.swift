import MusterCore
import Testing

private typealias R = RuleFixtures

@Suite("Rules 11 and 12: evidence of a completion, versioned certifications")
struct EvidenceAndCertificationRuleTests {
    @Test("rule 11: recorded hours below the version's hours count only when they reach min_hours", arguments: [
        (nil as Double?, nil as Double?, true),
        (2, nil, true),
        (1.5, nil, false),
        (0.5, 1, false),
        (1, 1, true),
        (3, nil, true),
    ])
    func hours(recorded: Double?, minHours: Double?, counts: Bool) {
        let curriculum = Curriculum(modules: [R.module("a", hours: 2, minHours: minHours)])
        let standing = R.standings(
            curriculum, assignments: [R.assign(1, .module("a"))], completions: [R.completion(1, "a", on: "2026-03-01", hours: recorded)],
            asOf: "2026-04-01")[0]
        #expect(standing.evidence[0].verdict.counts == counts)
        if !counts, let recorded {
            #expect(standing.notes.last?.contains("attended \(recorded == 0.5 ? "0.5" : "1.5") of 2 h") == true)
        }
    }

    static let curriculum = Curriculum(
        modules: [R.module("a"), R.module("b")],
        certifications: [
            R.certification("cert-x", modules: ["a"], version: "1"),
            R.certification("cert-x", modules: ["a", "b"], version: "2", effective: "2026-07-01", newModulesWithin: 60),
        ])

    @Test("rule 12: the make-up in force applies; a module a later version adds is owed new_modules_within_days after", arguments: [
        ("2026-06-30", "2026-03-31", "2026-01-01", ["a"], ["2026-03-31"]),
        ("2026-07-01", "2026-03-31", "2026-01-01", ["a", "b"], ["2026-03-31", "2026-08-30"]),
        ("2026-07-01", "2026-12-31", "2026-01-01", ["a", "b"], ["2026-12-31", "2026-12-31"]),
        ("2026-09-01", "2026-12-31", "2026-08-01", ["a", "b"], ["2026-12-31", "2026-12-31"]),
    ])
    func versionedCertification(asOf: String, due: String, from: String, modules: [String], dues: [String]) {
        let standing = R.officerStanding(
            Self.curriculum, assignments: [R.assign(1, .certification("cert-x"), due: due, from: from)], asOf: asOf)
        #expect(standing.modules.map(\.moduleID) == modules)
        #expect(standing.modules.map(\.dueOn) == dues.map(R.date))
        #expect(standing.certifications.map(\.version) == [R.version(modules.count == 1 ? "1" : "2")])
    }
}
