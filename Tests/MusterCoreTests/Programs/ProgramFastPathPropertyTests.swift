import MusterCore
import MusterDemo
import MusterTestSupport
import PropertyBased
import Testing

private typealias F = ProgramFixtures
private typealias R = RuleFixtures

/// `muster status --programs` and `muster plan` read no whole histories: program hours get only the passed,
/// non-voided completions, in the order `completion_passed` holds them (by day, then module, version and hours)
/// and stripped of what that index does not hold (`CompletionScope.countingPasses`), or as plain `ProgramPass`
/// values keyed by `ProgramEngine.passKey` beside records holding no completions; `plan` and the dashboard judge
/// module lines from the status cut (`FastPathPropertyTests`), whose plan items must be the standings' own. Over
/// random histories — two versions
/// with different hours, prerequisites (one on a module the curriculum does not hold), short hours, failures,
/// voids, same-day passes, waivers, officers hired mid-cycle — both must equal the plain engine on the whole
/// history in any order, and the counted completions must be the counting passes as the issue words the rule.
@Suite("Program hours and plan lines from the fast reads equal the whole history's")
struct ProgramFastPathPropertyTests {
    static let modules = [
        F.module("deesc", area: .deEscalation),
        F.module("baton", area: .lessLethalForce, hours: 8, minHours: 6),
        F.module("law", area: .legal, hours: 10, minHours: 6),
        lawRevised,
        F.module("advanced", area: .legal, prerequisites: ["law"]),
        F.module("capstone", area: .tactics, hours: 6, prerequisites: ["advanced", "retired"]),
    ]
    static let lawRevised: Module = {
        var module = F.module("law", area: .legal, hours: 8, minHours: 8)
        module.version = R.version("2025.1")
        module.effective = R.date("2025-01-01")
        return module
    }()

    static let programs = [
        F.program(minimums: [
            ProgramMinimum(name: "De-escalation (1849)", modules: ["deesc", "capstone"], hours: 4),
            ProgramMinimum(name: "Legal", area: .legal, hours: 8),
        ], onceEvery: [OnceEvery(modules: ["advanced"], cycles: 2)], waivers: ProgramWaiverRule(prorate: true)),
        Program(id: "il", title: "Illinois", jurisdiction: "IL", version: R.version("1"), effective: R.date("2021-01-01"),
                cycle: .rolling(months: 36), hours: 30, minimums: [ProgramMinimum(name: "Tactics", area: .tactics, hours: 6)],
                onceEvery: [], newOfficers: .full, waivers: ProgramWaiverRule()),
    ]
    static let curriculum = Curriculum(modules: modules, programs: programs)
    static let dates = ["2022-03-01", "2023-08-31", "2025-01-01", "2026-06-30", "2027-08-31"].map(R.date)

    @Test("standings from the passes alone, in index order, equal the whole history's, and count what the rule counts")
    func passesEqualWholeHistory() async {
        let engine = ProgramEngine(curriculum: Self.curriculum)
        var counted = 0
        await propertyCheck(count: 400, input: Gen.int(in: 0...Int(Int32.max))) { seed in
            var random = SeededGenerator(seed: UInt64(seed))
            let (records, programs) = Self.history(&random)
            var passes = records
            passes.completions = Self.passesAsIndexed(records.completions)
            var lean = records
            lean.completions = []
            let plain = passes.completions.map { completion in
                ProgramPass(key: engine.passKey(moduleID: completion.moduleID, version: completion.moduleVersion),
                            id: completion.id, completedOn: completion.completedOn, hours: completion.hours)
            }
            for day in Self.dates {
                let whole = engine.standings(for: records, programs: programs, asOf: day)
                #expect(engine.standings(for: passes, programs: programs, asOf: day) == whole, "seed \(seed) on \(day)")
                // As `status --programs` reads them: plain passes in index order, records without completions.
                #expect(engine.standings(for: lean, passes: plain, programs: programs, asOf: day) == whole,
                        "seed \(seed) on \(day)")
                // Without the lists (status without --explain, plan), every figure is the same.
                let unlisted = whole.map { standing in
                    var standing = standing
                    standing.counted = []
                    return standing
                }
                #expect(engine.standings(for: passes, programs: programs, asOf: day, listsCounted: false) == unlisted,
                        "seed \(seed) on \(day)")
                #expect(engine.standings(for: lean, passes: plain, programs: programs, asOf: day, listsCounted: false)
                        == unlisted, "seed \(seed) on \(day)")
                for standing in whole {
                    let last = min(standing.cycle.end, day)
                    let expected = Self.countingPasses(records.completions)
                        .filter { standing.cycle.start <= $0.completedOn && $0.completedOn <= last }
                    #expect(standing.counted.map(\.completionID) == expected.map(\.id), "seed \(seed) on \(day)")
                    // Each minimum sums the counted passes its own rule matches (`ProgramMinimum.matches`).
                    let program = Self.programs.first { $0.id == standing.programID }!
                    for (index, minimum) in program.minimums.enumerated() {
                        let fed = standing.counted.filter { counted in
                            minimum.matches(moduleID: counted.moduleID, area: Self.modules.first { $0.id == counted.moduleID }!.area)
                        }
                        #expect(standing.minimums[index].earned == fed.reduce(0) { $0 + $1.hours }, "seed \(seed) on \(day)")
                        #expect(standing.counted.filter { $0.minimums.contains(minimum.name) }.map(\.completionID)
                                == fed.map(\.completionID), "seed \(seed) on \(day)")
                    }
                    counted += expected.count
                }
            }
        }
        #expect(counted > 1000, "the histories should give hours to count")
    }

    @Test("module lines' plan items equal the standings'")
    func moduleLinePlanItems() async {
        let engine = StatusEngine(curriculum: Self.curriculum)
        await propertyCheck(count: 200, input: Gen.int(in: 0...Int(Int32.max))) { seed in
            var random = SeededGenerator(seed: UInt64(seed))
            var (records, _) = Self.history(&random)
            records.assignments = ["deesc", "law", "advanced", "capstone"].enumerated().map { index, module in
                Assignment(id: Int64(index + 1), target: .module(module), assignee: .unit("Patrol"),
                           dueOn: R.date("2023-06-01"), assignedOn: R.date("2021-01-01"))
            }
            for day in Self.dates {
                var memo = RequirementsMemo()
                let whole = engine.moduleStandings(for: records, asOf: day).map(\.planItem)
                // `muster plan` judges modules from the status cut, whose lines equal the whole history's
                // (`FastPathPropertyTests`): the plan items of equal lines are the standings' own.
                #expect(engine.moduleStatusLines(for: records, asOf: day, memo: &memo).map { $0.planItem(badge: R.badge) }
                        == whole, "seed \(seed) on \(day)")
            }
        }
    }

    /// The passed, non-voided completions as `completion_passed` hands them over: by day, module, version, hours,
    /// then id, with only the columns it holds.
    static func passesAsIndexed(_ completions: [Completion]) -> [Completion] {
        completions.filter { $0.result == .pass && $0.voidReason == nil }
            .sorted {
                ($0.completedOn, $0.moduleID, $0.moduleVersion.description, $0.hours ?? -1, $0.id)
                    < ($1.completedOn, $1.moduleID, $1.moduleVersion.description, $1.hours ?? -1, $1.id)
            }
            .map { Completion(id: $0.id, badge: $0.badge, moduleID: $0.moduleID, moduleVersion: $0.moduleVersion,
                              completedOn: $0.completedOn, result: .pass, hours: $0.hours) }
    }

    /// The rule as the issue words it, oldest first: passed, not voided, of a module the curriculum holds; its
    /// recorded hours (if any) reach its version's (its own, else the one in force that day, else the first);
    /// every prerequisite passed (not voided) on or before its day.
    static func countingPasses(_ completions: [Completion]) -> [Completion] {
        let passed = completions.filter { $0.result == .pass && $0.voidReason == nil }
        return passed.filter { completion in
            let versions = modules.filter { $0.id == completion.moduleID }
            guard let version = versions.first(where: { $0.version == completion.moduleVersion })
                ?? versions.last(where: { $0.effective <= completion.completedOn }) ?? versions.first else { return false }
            if let hours = completion.hours, hours < version.hoursNeeded { return false }
            return version.prerequisites.allSatisfy { prerequisite in
                passed.contains { $0.moduleID == prerequisite && $0.completedOn <= completion.completedOn }
            }
        }
        .sorted { ($0.completedOn, $0.id) < ($1.completedOn, $1.id) }
    }

    static func history(_ random: inout SeededGenerator) -> (OfficerRecords, ProgramRecords) {
        func day() -> CalendarDate { R.date("2020-06-01").adding(days: Int.random(in: 0...(365 * 7), using: &random)) }
        let hired = Int.random(in: 0..<4, using: &random) == 0 ? nil : day()
        let officer = Officer(badge: R.badge, lastName: "Reyes", firstName: "Ana", unit: "Patrol", hireDate: hired)
        var completions: [Completion] = []
        var previous: CalendarDate?
        for index in 0..<Int.random(in: 0...40, using: &random) {
            let module = ["deesc", "deesc", "baton", "law", "law", "advanced", "capstone", "retired"].randomElement(using: &random)!
            // One in four on the day of the one before: same-day passes sort by module in the index, not by id.
            let on = previous.flatMap { Int.random(in: 0..<4, using: &random) == 0 ? $0 : nil } ?? day()
            previous = on
            completions.append(Completion(
                id: Int64(index + 1), badge: R.badge, moduleID: module,
                moduleVersion: R.version(Bool.random(using: &random) ? "2025.1" : "2023.1"), completedOn: on,
                result: Int.random(in: 0..<5, using: &random) == 0 ? .fail : .pass,
                hours: [nil, nil, 2, 6, 8, 10].randomElement(using: &random)!,
                voidReason: Int.random(in: 0..<8, using: &random) == 0 ? "entered in error" : nil))
        }
        completions.shuffle(using: &random)
        let from = day()
        let assignments = Self.programs.enumerated().map { index, program in
            ProgramAssignment(id: Int64(index + 1), programID: program.id, assignee: .unit("Patrol"), assignedOn: from,
                              from: Bool.random(using: &random) ? from : nil)
        }
        var waivers: [ProgramWaiver] = []
        if Int.random(in: 0..<3, using: &random) == 0 {
            let start = day()
            waivers.append(ProgramWaiver(id: 1, badge: R.badge, programID: Self.programs.randomElement(using: &random)!.id,
                                         reason: "military", from: start, until: start.adding(days: 200)))
        }
        return (OfficerRecords(officer: officer, completions: completions),
                ProgramRecords(assignments: assignments, waivers: waivers))
    }
}
