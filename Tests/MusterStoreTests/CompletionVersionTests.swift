import MusterCore
@testable import MusterStore
import MusterTestSupport
import Testing

func v(_ text: String) -> ModuleVersion {
    ModuleVersion(text)!
}

/// Module `m` has versions 2023.1 (from 2023-01-01, pass mark 80) and 2025.1 (from 2025-03-01, pass mark 60).
enum DatedVersions {
    static let module = "m"

    static func version(_ version: String, effective: String, passMark: Int?) -> Module {
        var module = SampleCurriculum.module(module, version: version, title: "M \(version)", passMark: passMark)
        module.effective = CalendarDate(iso: effective)!
        return module
    }

    static let old = version("2023.1", effective: "2023-01-01", passMark: 80)
    static let new = version("2025.1", effective: "2025-03-01", passMark: 60)
    static var curriculum: Curriculum { Curriculum(modules: [old, new]) }
}

@Suite("A completion belongs to the version in force on its date")
struct CompletionVersionTests {
    func fixture() throws -> StoreFixture {
        let fixture = try StoreFixture()
        try fixture.apply(.loadCurriculum(DatedVersions.curriculum))
        return fixture
    }

    @Test("the version recorded, by date and by name", arguments: [
        ("2022-06-01", String?.none, Result<String, StoreError>.success("2023.1")),
        ("2023-01-01", nil, .success("2023.1")),
        ("2025-02-28", nil, .success("2023.1")),
        ("2025-03-01", nil, .success("2025.1")),
        ("2025-06-01", "2023.1", .success("2023.1")),
        ("2025-02-28", "2025.1", .failure(.rule(.versionNotYetEffective(
            version: v("2025.1"), effective: day("2025-03-01"), completedOn: day("2025-02-28"))))),
        ("2025-06-01", "2024.9", .failure(.rule(.unknownVersion(module: "m", version: v("2024.9"))))),
    ])
    func resolved(date: String, named: String?, expected: Result<String, StoreError>) throws {
        let fixture = try fixture()
        defer { fixture.directory.remove() }
        let request = CompletionRequest(badge: "A1", moduleID: DatedVersions.module, completedOn: day(date), score: 90,
                                        version: named.map { ModuleVersion($0)! })
        let outcome = Result { () throws(StoreError) in
            do {
                guard case .completionRecorded(_, let version, _) = try fixture.apply(.recordCompletion(request)) else {
                    throw StoreError.storage("no completion")
                }
                return version.description
            } catch let error as StoreError { throw error } catch { throw StoreError.storage("\(error)") }
        }
        #expect(outcome == expected)
        if case .success(let version) = expected {
            #expect(try fixture.store.integer("SELECT COUNT(*) FROM completion WHERE module_version = '\(version)'") == 1)
        }
    }

    @Test("the pass mark is the recorded version's", arguments: [
        ("2025-02-01", 70, Completion.Result.fail), ("2025-04-01", 70, .pass),
    ])
    func passMarkOfVersion(date: String, score: Int, expected: Completion.Result) throws {
        let fixture = try fixture()
        defer { fixture.directory.remove() }
        let result = try fixture.apply(.recordCompletion(CompletionRequest(
            badge: "A1", moduleID: DatedVersions.module, completedOn: day(date), score: score)))
        guard case .completionRecorded(_, _, let decided) = result else { throw StoreError.storage("no completion") }
        #expect(decided == expected)
    }

    @Test("a pass on an assessment with a pass mark needs a score; a fail does not", arguments: [
        (Completion.Result?.none, Int?.none, StoreError?.some(.rule(.scoreRequired(passMark: 60)))),
        (.pass, nil, .rule(.scoreRequired(passMark: 60))),
        (.fail, nil, nil),
        (.pass, 75, nil),
    ])
    func scoreRequired(result: Completion.Result?, score: Int?, error: StoreError?) throws {
        let fixture = try fixture()
        defer { fixture.directory.remove() }
        let request = CompletionRequest(badge: "A1", moduleID: DatedVersions.module, completedOn: day("2025-04-01"),
                                        result: result, score: score)
        if let error {
            #expect(throws: error) { try fixture.apply(.recordCompletion(request)) }
            #expect(throws: error) { try fixture.apply(.recordRoster(RosterRequest(entries: [request]))) }
        } else {
            #expect(try fixture.apply(.recordCompletion(request)).createdID != nil)
        }
    }

    @Test("a large roster (the resolver's path) records each row against the version in force on its date")
    func pipelinedRoster() throws {
        let fixture = try fixture()
        defer { fixture.directory.remove() }
        let entries = (0..<CommandContext.pipelinedRosterSize).map { index in
            CompletionRequest(badge: ["A1", "A2", "B1", "C1"][index % 4], moduleID: DatedVersions.module,
                              completedOn: day("2024-01-01").adding(days: index % 500), score: 90)
        }
        _ = try fixture.apply(.recordRoster(RosterRequest(entries: entries)))
        #expect(try fixture.store.integer("""
            SELECT COUNT(*) FROM completion WHERE (completed_on < '2025-03-01') <> (module_version = '2023.1')
            """) == 0)
        #expect(try fixture.store.integer("SELECT COUNT(*) FROM completion WHERE module_version = '2025.1'") > 0)
        let bad = [CompletionRequest(badge: "A1", moduleID: DatedVersions.module, completedOn: day("2025-01-01"),
                                     version: v("2025.1"))]
        #expect(throws: StoreError.rule(.versionNotYetEffective(version: v("2025.1"), effective: day("2025-03-01"),
                                                               completedOn: day("2025-01-01")))) {
            try fixture.apply(.recordRoster(RosterRequest(entries: entries + bad)))
        }
    }

    @Test("a roster CSV's version column and the pass-mark evidence rule report file:line: field")
    func rosterCSVVersion() throws {
        let fixture = try fixture()
        defer { fixture.directory.remove() }
        let csv = """
            badge,module_id,completed_on,score,result,version
            A1,m,2025-04-01,90,,2023.1
            A2,m,2025-02-01,,fail,
            B1,m,2025-02-01,90,,2025.1
            C1,m,2025-04-01,90,,banana!
            A2,m,2025-04-01,,pass,
            B1,m,2025-04-01,90,,9.9
            """
        let outcome = try fixture.store.importRosterCSV(Array(csv.utf8), file: "r.csv", dryRun: false, actor: "t")
        #expect(outcome.problems.map(\.description) == [
            "r.csv:4: version: '2025.1' takes effect 2025-03-01, after the completion date 2025-02-01",
            "r.csv:5: version: 'banana!' is not a module version",
            "r.csv:6: score: required for a pass: the assessment has pass mark 60",
            "r.csv:7: version: '9.9' is not a loaded version of 'm'",
        ])
        #expect(!outcome.applied)
        let good = "badge,module_id,completed_on,score,result,version\nA1,m,2025-04-01,90,,2023.1\nA2,m,2025-02-01,,fail,\n"
        let applied = try fixture.store.importRosterCSV(Array(good.utf8), file: "r.csv", dryRun: false, actor: "t")
        #expect(applied.problems.isEmpty)
        #expect(try fixture.store.integer("SELECT COUNT(*) FROM completion WHERE module_version = '2023.1'") == 2)
    }
}
