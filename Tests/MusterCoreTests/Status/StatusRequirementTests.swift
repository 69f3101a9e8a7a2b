import MusterCore
import Testing

private typealias F = StatusFixtures

@Suite("Which modules an officer must hold")
struct StatusRequirementTests {
    static let curriculum = Curriculum(
        modules: [F.module("a"), F.module("b"), F.module("c"), F.module("d")],
        certifications: [
            Certification(id: "patrol-basic", title: "Patrol", summary: "", modules: ["c", "a"]),
            Certification(id: "field-training", title: "FTO", summary: "", modules: ["b", "c"]),
        ])
    let engine = StatusEngine(curriculum: curriculum)

    func assignment(
        _ id: Int64, _ target: Assignment.Target, _ assignee: Assignment.Assignee, due: String? = nil
    ) -> Assignment {
        Assignment(id: id, target: target, assignee: assignee, dueOn: due.map(F.date), assignedOn: F.date("2024-01-01"))
    }

    @Test("modules come from the officer and their unit, directly and through certifications, sorted by id")
    func expansion() {
        let records = OfficerRecords(officer: F.officer(), assignments: [
            assignment(1, .module("d"), .officer(badge: F.badge)),
            assignment(2, .certification("patrol-basic"), .unit(F.unit)),
        ])
        let requirements = engine.requirements(for: records, asOf: F.date("2025-01-01"))
        #expect(requirements.map(\.moduleID) == ["a", "c", "d"])
        #expect(requirements.map { $0.requiredBy.map(\.id) } == [[2], [2], [1]])
        #expect(requirements.allSatisfy { $0.module?.id == $0.moduleID })
    }

    @Test("assignments to another officer or another unit do not apply")
    func otherAssignees() {
        let records = OfficerRecords(officer: F.officer(), assignments: [
            assignment(1, .module("a"), .officer(badge: "B-999")),
            assignment(2, .module("b"), .unit("Traffic")),
            assignment(3, .module("c"), .unit(F.unit)),
        ])
        #expect(engine.requirements(for: records, asOf: F.date("2025-01-01")).map(\.moduleID) == ["c"])
    }

    @Test("an officer without a unit gets no unit assignments")
    func noUnit() {
        let records = OfficerRecords(officer: F.officer(unit: nil), assignments: [assignment(1, .module("a"), .unit(F.unit))])
        #expect(engine.requirements(for: records, asOf: F.date("2025-01-01")).isEmpty)
    }

    @Test("a module required several times takes the earliest due date, ignoring assignments without one", arguments: [
        ([nil, nil] as [String?], nil as String?),
        ([nil, "2025-06-30"], "2025-06-30"),
        (["2025-06-30", nil, "2025-03-31"], "2025-03-31"),
        (["2025-03-31", "2025-06-30"], "2025-03-31"),
    ])
    func earliestDue(dues: [String?], expected: String?) {
        let targets: [Assignment.Target] = [.module("c"), .certification("patrol-basic"), .certification("field-training")]
        let assignments = dues.enumerated().map { index, due in
            assignment(Int64(index + 1), targets[index], index == 0 ? .officer(badge: F.badge) : .unit(F.unit), due: due)
        }
        let records = OfficerRecords(officer: F.officer(), assignments: assignments)
        let c = engine.requirements(for: records, asOf: F.date("2025-01-01")).first { $0.moduleID == "c" }
        #expect(c?.dueOn == expected.map(F.date))
        #expect(c?.requiredBy.count == dues.count)
    }

    @Test("the earliest due date decides overdue")
    func earliestDueDecidesOverdue() {
        let records = OfficerRecords(officer: F.officer(), assignments: [
            assignment(1, .module("a"), .officer(badge: F.badge), due: "2025-12-31"),
            assignment(2, .module("a"), .unit(F.unit), due: "2025-03-31"),
        ])
        let standing = engine.moduleStandings(for: records, asOf: F.date("2025-04-01"))
        #expect(standing.map(\.status) == [.overdue])
        #expect(standing.first?.dueOn == F.date("2025-03-31"))
    }

    @Test("a module missing from the curriculum is still required but nothing can count")
    func unknownModule() {
        let records = OfficerRecords(
            officer: F.officer(), assignments: [assignment(1, .module("ghost"), .officer(badge: F.badge), due: "2025-01-01")],
            completions: [F.completion(1, on: "2024-06-01", module: "ghost")])
        let standing = engine.moduleStandings(for: records, asOf: F.date("2025-02-01"))
        #expect(standing.map(\.status) == [.overdue])
        #expect(standing.first?.isInCurriculum == false)
        #expect(standing.first?.evidence.map(\.verdict) == [.doesNotCount([.moduleNotInCurriculum])])
    }

    @Test("rules(for:) offers every requirement through the general RequirementRule shape")
    func generalRules() {
        let records = OfficerRecords(
            officer: F.officer(), assignments: [assignment(1, .certification("field-training"), .unit(F.unit))],
            completions: [F.completion(1, on: "2024-06-01", module: "b")])
        let standings = engine.rules(for: records, asOf: F.date("2024-07-01")).map { $0.evaluate(records, asOf: F.date("2024-07-01")) }
        #expect(standings.map(\.requirementID) == ["b", "c"])
        #expect(standings.map(\.statusWord) == ["current", "assigned"])
        #expect(standings.map(\.isSatisfied) == [true, false])
    }
}
