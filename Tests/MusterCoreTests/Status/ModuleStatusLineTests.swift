import MusterCore
import MusterTestSupport
import Testing

private typealias F = StatusFixtures

@Suite("Status lines: the engine's lean path for reports")
struct ModuleStatusLineTests {
    @Test("every fixture officer's status lines equal their full standings, at dates across five years", arguments: [
        ("2022-01-01", false), ("2024-02-29", false), ("2025-06-30", false), ("2026-11-23", true), ("2027-12-31", true),
        ("2031-01-01", true),
    ])
    func agreesWithStandings(asOf: String, anythingRequired: Bool) {
        let engine = StatusEngine(curriculum: FixtureAgency.curriculum)
        var memo = RequirementsMemo()
        var judged = 0
        for records in FixtureAgency.records {
            let standings = engine.moduleStandings(for: records, asOf: F.date(asOf))
            #expect(engine.moduleStatusLines(for: records, asOf: F.date(asOf), memo: &memo) == standings.map(\.line))
            judged += standings.count
        }
        // The fixture's curriculum and assignments take effect in 2026: nothing is required before.
        #expect((judged > 0) == anythingRequired)
    }

    @Test("the best basis, overlapping waivers and another officer's records give the same line as the standing", arguments: [
        "2024-01-15", "2024-06-01", "2025-01-20", "2025-05-01", "2026-03-01",
    ])
    func trickyRecords(asOf: String) {
        let module = F.module(validity: .rolling(months: 12), window: 60, acceptsFrom: "2023.1")
        let engine = StatusEngine(curriculum: Curriculum(modules: [module]))
        let records = OfficerRecords(
            officer: F.officer(), assignments: [F.assignModule(1, due: "2024-02-01"), F.assignModule(2, due: "2024-01-20")],
            completions: [
                F.completion(1, on: "2024-01-10"), F.completion(2, on: "2024-01-10"),
                F.completion(3, on: "2024-09-01", result: .fail), F.completion(4, on: "2024-10-01", voided: "wrong badge"),
                F.completion(5, on: "2024-11-01", version: "2022.1"), F.completion(6, on: "2025-02-01", badge: "someone-else"),
            ],
            waivers: [F.waiver(1, from: "2025-04-01", until: "2025-06-01"), F.waiver(2, from: "2025-04-15", until: nil)])
        let standing = engine.moduleStandings(for: records, asOf: F.date(asOf))
        var memo = RequirementsMemo()
        #expect(engine.moduleStatusLines(for: records, asOf: F.date(asOf), memo: &memo) == standing.map(\.line))
        #expect(standing.map(\.line).first?.dueOn == F.date("2024-01-20"))
    }

    @Test("a module missing from the curriculum is never satisfied by its completions")
    func unknownModule() {
        let engine = StatusEngine(curriculum: Curriculum(modules: []))
        let records = OfficerRecords(officer: F.officer(), assignments: [F.assignModule(1, due: "2024-02-01")],
                                     completions: [F.completion(1, on: "2024-01-10")])
        var memo = RequirementsMemo()
        let lines = engine.moduleStatusLines(for: records, asOf: F.date("2024-03-01"), memo: &memo)
        #expect(lines == [ModuleStatusLine(moduleID: "firearms-qual", status: .overdue, dueOn: F.date("2024-02-01"))])
        #expect(lines == engine.moduleStandings(for: records, asOf: F.date("2024-03-01")).map(\.line))
    }
}
