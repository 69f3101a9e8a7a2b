import MusterCore
import Testing

private typealias F = ProgramFixtures
private typealias R = RuleFixtures

@Suite("Programs: hours, minimums, once-every and statuses")
struct ProgramHoursTests {
    @Test("only counting passes give hours: voided, failed, short on hours or before a prerequisite do not", arguments: [
        (R.completion(1, "deesc", on: "2026-01-10"), 4.0),
        (R.completion(1, "deesc", on: "2026-01-10", hours: 6), 6.0),
        (R.completion(1, "deesc", on: "2026-01-10", voided: "wrong officer"), 0.0),
        (R.completion(1, "deesc", on: "2026-01-10", result: .fail), 0.0),
        (R.completion(1, "deesc", on: "2026-01-10", hours: 2), 0.0),
        (R.completion(1, "advanced", on: "2026-01-10"), 0.0),
    ])
    func countingPasses(completion: Completion, earned: Double) throws {
        let standing = try #require(F.standing(F.program(), completions: [completion], asOf: "2026-06-01"))
        #expect(standing.hoursEarned == earned)
    }

    @Test("a completion after the day asked about is not counted yet")
    func notAfterAsOf() throws {
        let standing = try #require(F.standing(F.program(), completions: [F.pass(1, "law", on: "2026-06-02")], asOf: "2026-06-01"))
        #expect(standing.hoursEarned == 0)
    }

    @Test("a completion feeds the total and every minimum it matches, by area and by modules; sums are not capped")
    func minimums() throws {
        let program = F.program(minimums: [
            ProgramMinimum(name: "De-escalation (1849)", modules: ["deesc"], hours: 2),
            ProgramMinimum(name: "De-escalation area", area: .deEscalation, hours: 4),
            ProgramMinimum(name: "Less-lethal", area: .lessLethalForce, hours: 4),
        ])
        let standing = try #require(F.standing(program, completions: [
            F.pass(1, "deesc", on: "2026-01-10"), F.pass(2, "deesc", on: "2026-02-10"),
        ], asOf: "2026-06-01"))
        #expect(standing.hoursEarned == 8)
        #expect(standing.minimums.map(\.earned) == [8, 8, 0])
        #expect(standing.minimums.map(\.isMet) == [true, true, false])
        #expect(standing.counted.map(\.minimums) == [["De-escalation (1849)", "De-escalation area"],
                                                      ["De-escalation (1849)", "De-escalation area"]])
    }

    @Test("once_every: the course is owed by the end of each block of N cycles from the first", arguments: [
        // Block 1 = 2025-09-01…2029-08-31. In its first cycle the course is coming, not owed: the hours decide.
        (["2026-01-10"], "2027-08-31", ProgramStatus.complete, 0, 0),
        ([], "2027-08-31", .complete, 0, 1),
        // The block's last cycle owes it; taken in the first cycle, it is met.
        (["2026-01-10"], "2029-08-31", .complete, 1, 0),
        ([], "2029-08-31", .atRisk, 1, 0),
    ])
    func onceEvery(taken: [String], asOf: String, status: ProgramStatus, owed: Int, coming: Int) throws {
        let program = F.program(hours: 10, onceEvery: [OnceEvery(modules: ["deesc"], cycles: 2)], effective: "2025-09-01")
        var completions = taken.enumerated().map { F.pass(Int64($0.offset + 1), "deesc", on: $0.element) }
        completions += [F.pass(10, "law", on: "2025-10-01"), F.pass(11, "law", on: "2027-10-01")]
        let standing = try #require(F.standing(program, completions: completions, asOf: asOf))
        #expect(standing.owedCourses.count == owed)
        #expect(standing.comingCourses.count == coming)
        #expect(standing.status == status)
    }

    @Test("statuses apply in order: deficient, complete, at-risk (day 90 counts), in-progress", arguments: [
        (["2023-10-01", "2025-10-01", "2025-11-01", "2026-01-01", "2026-02-01"], "2027-06-02", ProgramStatus.complete, "complete"),
        (["2023-10-01", "2025-10-01"], "2027-06-02", .atRisk, "complete"),
        (["2023-10-01", "2025-10-01"], "2027-06-01", .inProgress, "complete"),
        ([], "2026-01-01", .deficient, "deficient"),
    ])
    func statuses(lawOn: [String], asOf: String, status: ProgramStatus, previous: String) throws {
        // 30 h in the previous cycle (2023-09-01…2025-08-31) before the table's own.
        let completions = lawOn.enumerated().map { F.pass(Int64($0.offset + 1), "law", on: $0.element) }
            + [F.pass(20, "law", on: "2023-11-01"), F.pass(21, "law", on: "2024-11-01"), F.pass(22, "law", on: "2024-12-01")]
        let standing = try #require(F.standing(F.program(), completions: completions, asOf: asOf))
        #expect(standing.status == status)
        #expect(standing.previousCycle?.rawValue == previous)
    }

    @Test("no previous cycle in scope gives previous_cycle nil")
    func noPreviousCycle() throws {
        let standing = try #require(F.standing(F.program(), from: "2025-09-01", asOf: "2026-01-01"))
        #expect(standing.previousCycle == nil)
    }
}
