import MusterCore
import MusterTestSupport
import Testing

private typealias F = StatusFixtures

@Suite("A memo judges by its thread's own copy of the engine")
struct RequirementsMemoEngineTests {
    @Test("the copy shares no histories with the engine, is made once, and is kept when handed back")
    func copyIsOwnAndKept() {
        let engine = StatusEngine(curriculum: FixtureAgency.curriculum)
        var memo = RequirementsMemo()
        let own = memo.engine(for: engine)
        #expect(own.ranked !== engine.ranked)
        #expect(memo.engine(for: engine).ranked === own.ranked)
        #expect(memo.engine(for: own).ranked === own.ranked)
        #expect(own.sharedModuleID("uof-deescalation") == engine.sharedModuleID("uof-deescalation"))
    }

    @Test("one memo used with two curricula judges each by its own, not by requirements remembered from the other",
          arguments: ["2024-04-15", "2025-03-01"])
    func switchingEngines(asOf: String) {
        // A unit assignment to an officer with no dated facts: the memo remembers their requirements.
        let assignment = Assignment(id: 1, target: .module("firearms-qual"), assignee: .unit(F.unit),
                                    dueOn: F.date("2023-06-01"), assignedOn: F.date("2023-01-02"))
        let records = OfficerRecords(officer: F.officer(), assignments: [assignment],
                                     completions: [F.completion(1, on: "2023-05-01")])
        var memo = RequirementsMemo()
        var statuses: [ModuleStatus?] = []
        for validity in [Validity.rolling(months: 12), .rolling(months: 60), .rolling(months: 12)] {
            let engine = StatusEngine(curriculum: Curriculum(modules: [F.module(validity: validity)]))
            let lines = engine.moduleStatusLines(for: records, asOf: F.date(asOf), memo: &memo)
            #expect(lines == engine.moduleStandings(for: records, asOf: F.date(asOf)).map(\.line))
            statuses.append(lines.first?.status)
        }
        #expect(statuses[0] == statuses[2] && statuses[0] != statuses[1])
    }
}
