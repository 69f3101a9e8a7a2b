import MusterCore
@testable import MusterStore
import MusterTestSupport
import Testing

@Suite("The status cut worked out from the passes read beside it")
struct PassCutTests {
    /// p in two versions, q needing p, r: passes of each version, a failed attempt, a voided pass and, for the
    /// engine without r, rows it cannot rank.
    static func fixture() throws -> StoreFixture {
        var newer = EarliestPrerequisiteTests.module("p")
        newer.version = ModuleVersion("2025.1")!
        newer.effective = day("2025-01-01")
        let curriculum = Curriculum(modules: [EarliestPrerequisiteTests.module("p"), newer,
                                              EarliestPrerequisiteTests.module("q", prerequisites: ["p"]), EarliestPrerequisiteTests.module("r")])
        let fixture = try StoreFixture(curriculum: curriculum)
        let records: [(String, String, String, Completion.Result)] = [
            ("A1", "p", "2024-01-10", .pass), ("A1", "p", "2024-06-01", .pass), ("A1", "p", "2025-02-01", .pass),
            ("A1", "p", "2025-03-01", .pass), ("A1", "q", "2024-03-01", .pass), ("A1", "q", "2024-08-01", .fail),
            ("A1", "r", "2024-02-02", .pass), ("A1", "r", "2024-02-02", .pass), ("A1", "r", "2023-05-05", .pass),
            ("A2", "q", "2024-04-04", .pass), ("A2", "r", "2024-09-09", .fail),
        ]
        var commands: [RecordCommand] = records.map { badge, module, on, result in
            .recordCompletion(CompletionRequest(badge: badge, moduleID: module, completedOn: day(on), result: result))
        }
        commands.append(.assign(AssignmentRequest(target: .module("q"), assignee: .officer(badge: "A1"), from: day("2024-01-01"))))
        _ = try fixture.store.apply(commands, actor: "setup")
        _ = try fixture.store.apply([.voidCompletion(id: 4, reason: "entered twice")], actor: "setup")
        return fixture
    }

    @Test("equals the cut read from completion_latest, for an engine holding every module and one without r",
          arguments: [("2024-07-01", true), ("2025-06-01", true), ("2024-07-01", false), ("2025-06-01", false)])
    func equalsTheTable(asOf: String, holdsR: Bool) throws {
        let fixture = try Self.fixture()
        defer { fixture.directory.remove() }
        let curriculum = try fixture.store.curriculum()
        let engine = StatusEngine(curriculum: holdsR ? curriculum
                                  : Curriculum(modules: curriculum.moduleVersions.filter { $0.id != "r" }))
        let scope = CompletionScope.statusLines(asOf: day(asOf), engine: engine)
        func read(passes: Bool) throws -> [String: OfficerRecords] {
            var read: [String: OfficerRecords] = [:]
            try fixture.store.forEachOfficerRecords(
                .all, completions: scope, passes: passes ? ProgramEngine(curriculum: curriculum) : nil
            ) { records, _ in read[records.officer.badge] = records }
            return read
        }
        let (fromPasses, fromTable) = (try read(passes: true), try read(passes: false))
        #expect(fromPasses.keys.sorted() == fromTable.keys.sorted())
        for (badge, table) in fromTable {
            let passes = try #require(fromPasses[badge])
            let order = { (lhs: CompactCompletion, rhs: CompactCompletion) in (lhs.module, lhs.version, lhs.id) < (rhs.module, rhs.version, rhs.id) }
            #expect(passes.compactCompletions?.rows.sorted(by: order) == table.compactCompletions?.rows.sorted(by: order), "\(badge)")
            #expect(passes.completions.sorted { $0.id < $1.id } == table.completions.sorted { $0.id < $1.id }, "\(badge)")
            var memo = RequirementsMemo()
            #expect(engine.moduleStatusLines(for: passes, asOf: day(asOf), memo: &memo)
                    == engine.moduleStatusLines(for: table, asOf: day(asOf), memo: &memo))
        }
        // The engine without r cannot rank A1's passes of it, and on 2024-07-01 A1 has passes after the day: A1 is
        // then judged from whole completions either way; otherwise from compact rows.
        #expect((fromPasses["A1"]?.compactCompletions == nil) == (!holdsR || asOf == "2024-07-01"))
    }
}
