import Testing
@testable import MusterCore

private func day(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }
private func v(_ text: String) -> ModuleVersion { ModuleVersion(text)! }

private func version(_ number: String, effective: String) -> Module {
    Module(id: "m", title: "M", area: .deEscalation, version: v(number), effective: day(effective), summary: "",
           hours: 2, delivery: [.classroom], objectives: [], assessment: Assessment(kind: .attendance, passMark: nil),
           validity: .once)
}

@Suite("The version a completion is recorded against")
struct CompletionVersionRuleTests {
    static let versions = [version("2023.1", effective: "2023-01-01"), version("2024.1", effective: "2024-07-01"),
                           version("2025.1", effective: "2025-03-01")]

    @Test("by date: the newest effective by then, the first before any; by name: loaded and effective by then", arguments: [
        ("2022-12-31", String?.none, Result<String, RuleViolation>.success("2023.1")),
        ("2023-01-01", nil, .success("2023.1")),
        ("2024-06-30", nil, .success("2023.1")),
        ("2024-07-01", nil, .success("2024.1")),
        ("2025-02-28", nil, .success("2024.1")),
        ("2030-01-01", nil, .success("2025.1")),
        ("2025-06-01", "2023.1", .success("2023.1")),
        ("2024-07-01", "2024.1", .success("2024.1")),
        ("2024-06-30", "2024.1", .failure(.versionNotYetEffective(version: v("2024.1"), effective: day("2024-07-01"),
                                                                   completedOn: day("2024-06-30")))),
        ("2022-12-31", "2023.1", .failure(.versionNotYetEffective(version: v("2023.1"), effective: day("2023-01-01"),
                                                                   completedOn: day("2022-12-31")))),
        ("2025-06-01", "2024.2", .failure(.unknownVersion(module: "m", version: v("2024.2")))),
    ])
    func resolve(date: String, named: String?, expected: Result<String, RuleViolation>) {
        let chosen = Result { () throws(RuleViolation) in
            try RecordRules.completionVersion(named: named.map(v), completedOn: day(date), among: Self.versions).version.description
        }
        #expect(chosen == expected)
    }

    @Test("unnamed, it is the curriculum's version for a completion on that day", arguments: [
        "2020-01-01", "2023-06-01", "2024-07-01", "2025-03-01", "2026-01-01",
    ])
    func matchesCurriculum(date: String) throws {
        let curriculum = Curriculum(modules: Self.versions)
        let chosen = try RecordRules.completionVersion(named: nil, completedOn: day(date), among: curriculum.versions(of: "m"))
        #expect(chosen == curriculum.module("m", forCompletionOn: day(date)))
    }

    @Test("a pass needs a score where the assessment has a pass mark", arguments: [
        (Completion.Result?.none, Int?.none, Int?.some(80), Result<Completion.Result, RuleViolation>.failure(.scoreRequired(passMark: 80))),
        (.pass, nil, 80, .failure(.scoreRequired(passMark: 80))),
        (.fail, nil, 80, .success(.fail)),
        (nil, 85, 80, .success(.pass)),
        (nil, nil, nil, .success(.pass)),
    ])
    func scoreRequired(given: Completion.Result?, score: Int?, passMark: Int?, expected: Result<Completion.Result, RuleViolation>) {
        let decided = Result { () throws(RuleViolation) in
            try RecordRules.decideResult(given: given, score: score, passMark: passMark)
        }
        #expect(decided == expected)
    }

    @Test("the new rules name their field", arguments: [
        (RuleViolation.scoreRequired(passMark: 80), "score", "required for a pass: the assessment has pass mark 80"),
        (.unknownVersion(module: "m", version: v("9")), "version", "'9' is not a loaded version of 'm'"),
        (.versionNotYetEffective(version: v("2"), effective: day("2025-01-01"), completedOn: day("2024-01-01")), "version",
         "'2' takes effect 2025-01-01, after the completion date 2024-01-01"),
        (.outOfRange(field: "new_members_within_days", value: -1, range: 0...3650), "new_members_within_days",
         "-1 is outside 0–3650"),
    ])
    func wording(violation: RuleViolation, field: String, problem: String) {
        #expect(violation.field == field)
        #expect(violation.problem == problem)
    }
}
