import GRDB
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

    /// A cut row as `completion_latest` spells it: module id, version, then the newest and the earliest pass's id,
    /// day and hours.
    typealias TableRow = [String]

    static func tableRows(_ db: Database, _ badge: String) throws -> [TableRow] {
        try Row.fetchAll(db, sql: """
            SELECT module_id, module_version, completion_id, completed_on, hours, earliest_id, earliest_on, earliest_hours
            FROM completion_latest WHERE badge = ?
            """, arguments: [badge]).map { row in (0..<8).map { (row[$0] as DatabaseValue).description } }.sorted { $0.lexicographicallyPrecedes($1) }
    }

    /// The cut rows worked out from the officer's passes (`PassCut`), spelled as `tableRows`.
    static func cutRows(_ rows: [CompactLatestRow], _ badge: String, decoder: CompactRowDecoder) -> [TableRow] {
        func completion(_ row: CompactCompletion) -> Completion {
            row.module < 0 ? decoder.irregular[Int(row.version)]
                : CompactCompletions([row], histories: decoder.histories).completions(of: badge)[0]
        }
        func text(_ value: some DatabaseValueConvertible) -> String { value.databaseValue.description }
        return rows.map { row in
            let newest = completion(row.newest)
            return [text(newest.moduleID), text(newest.moduleVersion.description), text(newest.id), text(newest.completedOn.iso),
                    text(newest.hours), text(row.earliestID), text(row.earliestOn.iso), text(row.earliestHours)]
        }.sorted { $0.lexicographicallyPrecedes($1) }
    }

    @Test("equals completion_latest's rows, for an engine holding every module and one without r", arguments: [true, false])
    func equalsTheTable(holdsR: Bool) throws {
        let fixture = try Self.fixture()
        defer { fixture.directory.remove() }
        let curriculum = try fixture.store.curriculum()
        let engine = StatusEngine(curriculum: holdsR ? curriculum
                                  : Curriculum(modules: curriculum.moduleVersions.filter { $0.id != "r" }))
        try fixture.store.read { db in
            let decoder = CompactRowDecoder(engine: engine)
            var run = try ProgramPassRun(db, sql: "SELECT badge, passes FROM pass_digest d ORDER BY badge",
                                         arguments: [], engine: nil)
            run.cutting(by: decoder)
            for officer in StoreFixture.officers {
                let cut = try #require(try run.take(officer.badge).cut)
                #expect(Self.cutRows(cut, officer.badge, decoder: decoder) == (try Self.tableRows(db, officer.badge)), "\(officer.badge)")
            }
        }
    }

    @Test("status lines from the cut equal those from completion_latest's and from every completion",
          arguments: [("2024-07-01", true), ("2025-06-01", true), ("2024-07-01", false), ("2025-06-01", false)])
    func judgesAsTheTable(asOf: String, holdsR: Bool) throws {
        let fixture = try Self.fixture()
        defer { fixture.directory.remove() }
        let curriculum = try fixture.store.curriculum()
        let engine = StatusEngine(curriculum: holdsR ? curriculum
                                  : Curriculum(modules: curriculum.moduleVersions.filter { $0.id != "r" }))
        func read(_ scope: CompletionScope) throws -> [String: OfficerRecords] {
            var read: [String: OfficerRecords] = [:]
            try fixture.store.forEachOfficerRecords(.all, completions: scope) { records in read[records.officer.badge] = records }
            return read
        }
        let fromPasses = try read(.statusLines(asOf: day(asOf), engine: engine))
        let fromTable = try read(.standingBasis(asOf: day(asOf), engine: engine))
        let whole = try read(.all)
        #expect(fromPasses.keys.sorted() == fromTable.keys.sorted())
        for (badge, table) in fromTable {
            let passes = try #require(fromPasses[badge])
            var memo = RequirementsMemo()
            let lines = engine.moduleStatusLines(for: passes, asOf: day(asOf), memo: &memo)
            #expect(lines == engine.moduleStatusLines(for: table, asOf: day(asOf), memo: &memo), "\(badge)")
            #expect(lines == engine.moduleStatusLines(for: try #require(whole[badge]), asOf: day(asOf), memo: &memo), "\(badge)")
        }
        // The engine without r cannot rank A1's passes of it, and on 2024-07-01 A1 has passes after the day: A1 is
        // then judged from whole completions either way; otherwise from compact rows.
        #expect((fromPasses["A1"]?.compactCompletions == nil) == (!holdsR || asOf == "2024-07-01"))
    }
}
