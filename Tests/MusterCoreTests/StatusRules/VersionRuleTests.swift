import MusterCore
import Testing

private typealias R = RuleFixtures

@Suite("Rules 1–4: versions in force, a completion's own version, calendar years, superseding")
struct VersionRuleTests {
    @Test("rule 1: before the first version takes effect nothing is required", arguments: [
        ("2024-12-31", nil as ModuleStatus?),
        ("2025-01-01", .overdue),
    ])
    func notRequiredBeforeFirstVersion(asOf: String, expected: ModuleStatus?) {
        let curriculum = Curriculum(modules: [R.module("a", effective: "2025-01-01")])
        let standings = R.standings(curriculum, assignments: [R.assign(1, .module("a"), due: "2024-06-01")], asOf: asOf)
        #expect(standings.first?.status == expected)
    }

    @Test("rule 3: expiry comes from the completion's own version, and the window from the version in force", arguments: [
        ("2024.1", "2024-06-01", "2025-06-01"),
        ("2025.1", "2025-06-01", "2027-06-01"),
    ])
    func ownVersionExpiry(version: String, completed: String, expires: String) {
        let curriculum = Curriculum(modules: [
            R.module("a", version: "2024.1", effective: "2024-01-01"),
            R.module("a", version: "2025.1", effective: "2025-01-01", validity: .rolling(months: 24)),
        ])
        let standing = R.standings(
            curriculum, assignments: [R.assign(1, .module("a"))],
            completions: [R.completion(1, "a", on: completed, version: version)], asOf: "2025-07-01")[0]
        #expect(standing.expiresOn == R.date(expires))
        #expect(standing.versionInForce == R.version("2025.1"))
    }

    // The case: passes 2026-01-05 and 2026-12-03, due 2027-03-31; a calendar year counts through 31
    // December of the following year, so one completion in every calendar year keeps the officer current.
    @Test("rule 3: calendar_year counts through 31 December of the following year", arguments: [
        ("2027-01-01", ModuleStatus.current),
        ("2027-12-01", .current),
        ("2027-12-02", .expiring),
        ("2027-12-31", .expiring),
        ("2028-01-01", .expired),
    ])
    func calendarYear(asOf: String, expected: ModuleStatus) {
        let curriculum = Curriculum(modules: [R.module("uof-policy-annual", validity: .calendarYear)])
        let standing = R.standings(
            curriculum, assignments: [R.assign(1, .module("uof-policy-annual"), due: "2027-03-31")],
            completions: [R.completion(1, "uof-policy-annual", on: "2026-01-05"),
                          R.completion(2, "uof-policy-annual", on: "2026-12-03")],
            asOf: asOf)[0]
        #expect(standing.status == expected)
        #expect(standing.basis?.id == 2)
        #expect(standing.expiresOn == R.date("2028-01-01"))
    }

    static let deadlyForce = R.module("uof-deadly-force", version: "2023.1", validity: .rolling(months: 24))

    static func revised(retrain: Int) -> Module {
        R.module("uof-deadly-force", version: "2026.1", effective: "2027-03-01", validity: .rolling(months: 24),
                 acceptsFrom: "2026.1", retrain: retrain)
    }

    // Passed 2026-06-01 under 2023.1 (expires 2028-06-01); 2026.1 takes effect 2027-03-01 and accepts from itself.
    @Test("rule 4: a superseding version binds from its effective date plus retrain_within_days", arguments: [
        (0, "2026-12-06", ModuleStatus.current, "2028-06-01"),
        (0, "2027-02-28", .current, "2028-06-01"),
        (0, "2027-03-01", .expired, "2027-03-01"),
        (90, "2027-03-01", .current, "2027-05-30"),
        (90, "2027-05-01", .expiring, "2027-05-30"),
        (90, "2027-05-30", .expired, "2027-05-30"),
        (1000, "2027-03-01", .current, "2028-06-01"),
    ])
    func superseding(retrain: Int, asOf: String, expected: ModuleStatus, expires: String) {
        let curriculum = Curriculum(modules: [Self.deadlyForce, Self.revised(retrain: retrain)])
        let standing = R.standings(
            curriculum, assignments: [R.assign(1, .module("uof-deadly-force"))],
            completions: [R.completion(1, "uof-deadly-force", on: "2026-06-01")], asOf: asOf)[0]
        #expect(standing.status == expected)
        #expect(standing.expiresOn == R.date(expires))
        #expect((standing.supersededBy?.version == R.version("2026.1")) == (expires != "2028-06-01"))
        if standing.supersededBy != nil { #expect(standing.reason.contains("superseded by version 2026.1")) }
    }

    @Test("loading a later-effective version changes no answer for a date before it", arguments: [
        "2024-06-01", "2025-01-15", "2026-06-01", "2026-12-06", "2027-02-28",
    ])
    func laterVersionLeavesThePastAlone(asOf: String) {
        let assignments = [R.assign(1, .module("uof-deadly-force"), due: "2024-03-01")]
        let completions = [R.completion(1, "uof-deadly-force", on: "2024-02-01"), R.completion(2, "uof-deadly-force", on: "2026-06-01")]
        let before = R.standings(Curriculum(modules: [Self.deadlyForce]), assignments: assignments, completions: completions, asOf: asOf)
        let after = R.standings(Curriculum(modules: [Self.deadlyForce, Self.revised(retrain: 0)]), assignments: assignments,
                                completions: completions, asOf: asOf)
        #expect(after.map(\.line) == before.map(\.line))
        #expect(after.first?.status == .current)
    }

    @Test("rule 2: a completion before the first version took effect belongs to it, and the explanation says so")
    func predatesFirstVersion() {
        let curriculum = Curriculum(modules: [R.module("a", effective: "2024-01-01")])
        let standing = R.standings(
            curriculum, assignments: [R.assign(1, .module("a"))], completions: [R.completion(1, "a", on: "2023-10-01")],
            asOf: "2024-02-01")[0]
        #expect(standing.status == .current)
        #expect(standing.notes.contains { $0.contains("predates the module's first version, in force 2024-01-01") })
    }
}
