import MusterCore
import MusterDemo
import MusterTestSupport
import PropertyBased
import Testing

private typealias R = RuleFixtures

/// The fast path reads a cut history (`StandingBasis.cut`: the newest pass per module version and every failed
/// attempt), adds the earliest pass of each prerequisite it cannot settle, and falls back to the whole history when
/// `cutVerdict` says it must. Over random histories
/// — versions (one approved after it took effect, one pending review), superseding, refreshers, prerequisites, short hours, failures, voids, waivers, moves, leave,
/// separation, and incident-triggered assignments that completions before the incident do not meet — that path and the report line must equal the plain engine on the whole history, date by date.
@Suite("The fast path equals the plain engine over random histories")
struct FastPathPropertyTests {
    static let curriculum = Curriculum(
        modules: [
            R.module("a", version: "2023.1", effective: "2023-01-01", hours: 4, minHours: 2),
            // Approved after it took effect, so it binds from its approval (2025-04-10) and cuts 2023.1 off 60 days later.
            approved(R.module("a", version: "2025.1", effective: "2025-03-01", validity: .rolling(months: 24), hours: 4,
                              acceptsFrom: "2025.1", retrain: 60), on: "2025-04-10"),
            // Loaded after the founding curricula and never approved: it binds on no day.
            pending(R.module("a", version: "2026.1", effective: "2026-01-01", acceptsFrom: "2026.1")),
            R.module("p", validity: .once),
            R.module("r", prerequisites: ["p"], refresherOf: "p", firstDueMonths: 12, failureSuspends: true),
            R.module("c", validity: .calendarYear, window: 45),
        ],
        certifications: [
            R.certification("cert", modules: ["a", "r"], waivable: false),
            R.certification("cert", modules: ["a", "r", "c"], version: "2", effective: "2025-06-01"),
        ])
    static let engine = StatusEngine(curriculum: curriculum)

    static func approved(_ module: Module, on day: String) -> Module {
        var module = module
        module.approval = .approved(on: R.date(day))
        return module
    }

    static func pending(_ module: Module) -> Module {
        var module = module
        module.approval = .pending
        return module
    }
    static let dates = ["2023-06-01", "2024-03-15", "2025-03-01", "2025-05-01", "2025-12-31", "2026-06-30", "2027-04-01"]

    @Test("cut history, where decisive, and report lines agree with the whole history on every date")
    func fastPathEqualsPlainEngine() async {
        var decisive = 0
        var settled = 0
        var judged = 0
        var beforeIncident = 0
        var histories = 0
        var compactJudged = 0
        await propertyCheck(count: 400, input: Gen.int(in: 0...Int(Int32.max))) { seed in
            var random = SeededGenerator(seed: UInt64(seed))
            let records = RandomHistory.records(&random)
            var cut = records
            cut.completions = StandingBasis.cut(records.completions)
            for day in Self.dates.map(R.date) {
                var memo = RequirementsMemo()
                let whole = Self.engine.moduleStandings(for: records, asOf: day)
                #expect(Self.engine.moduleStatusLines(for: records, asOf: day, memo: &memo) == whole.map(\.line),
                        "seed \(seed) on \(day): the report line differs from the standing")
                judged += 1
                // As the store reads it: the cut, then the earliest passes of the prerequisites it cannot settle, each
                // the earliest of the module's per-version earliest passes kept beside the cut.
                var read = cut
                switch Self.engine.cutVerdict(cut.completions, asOf: day) {
                case .decisive:
                    break
                case .needsEarliestPasses(let modules):
                    read.completions += Self.earliestPasses(modules, records)
                    settled += 1
                case .needsModuleHistories(let modules, let earliestPasses):
                    // Each such module's whole history instead of its cut, as the store seeks it.
                    read.completions = cut.completions.filter { !modules.contains($0.moduleID) }
                        + records.completions.filter { modules.contains($0.moduleID) }
                        + Self.earliestPasses(earliestPasses, records)
                    histories += 1
                }
                decisive += 1
                if whole.contains(where: { $0.evidence.contains(where: \.isBeforeIncident) }) { beforeIncident += 1 }
                #expect(Self.engine.moduleStatusLines(for: read, asOf: day, memo: &memo) == whole.map(\.line),
                        "seed \(seed) on \(day): the cut history decides differently")
                // The same cut as compact rows, as a status run reads it (`CompletionScope.statusLines`): the same
                // verdict on the cut, and where it is not the whole history's, the same lines.
                guard let compact = CompactCompletions(cut.completions, engine: Self.engine) else {
                    Issue.record("seed \(seed): the cut holds only loaded modules and versions")
                    continue
                }
                let verdict = Self.engine.cutVerdict(compact, asOf: day)
                #expect(verdict == Self.engine.cutVerdict(cut.completions, asOf: day), "seed \(seed) on \(day)")
                if case .needsModuleHistories = verdict { continue }
                var compactRead = records
                compactRead.completions = []
                compactRead.compactCompletions = CompactCompletions(read.completions, engine: Self.engine)
                #expect(compactRead.compactCompletions != nil)
                #expect(Self.engine.moduleStatusLines(for: compactRead, asOf: day, memo: &memo) == whole.map(\.line),
                        "seed \(seed) on \(day): the compact rows decide differently")
                compactJudged += 1
                #expect(Self.engine.evaluate(read, asOf: day).certifications.map(\.status)
                        == Self.engine.evaluate(records, asOf: day).certifications.map(\.status))
            }
        }
        // These histories are built to stress the cut (passes after the date, short hours), so it decides far less
        // often than in an agency's records; still, a check that always fell back would prove nothing.
        #expect(decisive * 10 > judged)
        #expect(settled > 0, "some cuts should need a prerequisite's earliest pass")
        #expect(histories > 0, "some cuts should need a module's whole history")
        #expect(compactJudged * 10 > judged, "many cuts should be judged from compact rows")
        #expect(beforeIncident > 0, "some decisive cuts should hold a completion dated before a triggering incident")
    }

    /// The earliest pass of each module, as the store reads it: the earliest of the module's per-version earliest
    /// passes kept beside the cut (`completion_latest`'s earliest columns), which is the module's earliest pass.
    static func earliestPasses(_ modules: [String], _ records: OfficerRecords) -> [Completion] {
        let kept = StandingBasis.earliestPerKey(records.completions)
        let added = modules.compactMap { StandingBasis.earliestPass(of: $0, in: kept) }
        #expect(added.map(\.id) == modules.compactMap { StandingBasis.earliestPass(of: $0, in: records.completions)?.id })
        return added
    }

    @Test("completions the compact rows cannot hold are left to the whole history", arguments: [
        (module: "zz", version: "2023.1", voided: false), (module: "a", version: "1999.1", voided: false),
        (module: "a", version: "2023.1", voided: true),
    ])
    func compactRowsRefuseWhatTheyCannotHold(module: String, version: String, voided: Bool) {
        let held = Completion(id: 1, badge: R.badge, moduleID: "a", moduleVersion: R.version("2023.1"),
                              completedOn: R.date("2024-01-01"), result: .pass)
        var odd = held
        (odd.id, odd.moduleID, odd.moduleVersion, odd.voidReason) = (2, module, R.version(version), voided ? "error" : nil)
        #expect(CompactCompletions([held], engine: Self.engine)?.completions(of: R.badge) == [held])
        #expect(CompactCompletions([held, odd], engine: Self.engine) == nil)
    }

    @Test("a memo shared across a unit's officers gives each the requirements judged afresh")
    func memoMatchesFreshRequirements() async {
        await propertyCheck(count: 50, input: Gen.int(in: 0...Int(Int32.max))) { seed in
            var random = SeededGenerator(seed: UInt64(seed))
            var memo = RequirementsMemo()
            let day = R.date(Self.dates.randomElement(using: &random)!)
            // One unit's assignments, the same records for every officer in it, as the store gives them.
            let unitAssignments = RandomHistory.records(&random).assignments.filter { $0.assignee == .unit("Patrol") }
            for index in 0..<20 {
                var records = RandomHistory.records(&random)
                records.officer.badge = "M\(index)"
                records.officer.hireDate = Bool.random(using: &random) ? RandomHistory.day(&random) : nil
                records.facts = []
                records.assignments = unitAssignments
                records.completions = records.completions.map { var mine = $0; mine.badge = "M\(index)"; return mine }
                #expect(Self.engine.moduleStatusLines(for: records, asOf: day, memo: &memo)
                        == Self.engine.moduleStandings(for: records, asOf: day).map(\.line), "seed \(seed), officer \(index)")
            }
        }
    }
}


enum RandomHistory {
    static func day(_ random: inout SeededGenerator) -> CalendarDate {
        R.date("2022-06-01").adding(days: Int.random(in: 0...(365 * 5), using: &random))
    }

    static func records(_ random: inout SeededGenerator) -> OfficerRecords {
        let hired = Bool.random(using: &random) ? day(&random) : nil
        // One in five belongs to a partner agency, whom the unit assignments below never reach.
        let agency = Int.random(in: 0..<5, using: &random) == 0 ? "lecc-east" : nil
        let officer = Officer(badge: R.badge, lastName: "Reyes", firstName: "Ana", unit: "Patrol", hireDate: hired, agency: agency)
        var completions: [Completion] = []
        for index in 0..<Int.random(in: 0...14, using: &random) {
            let module = ["a", "a", "p", "r", "r", "c"].randomElement(using: &random)!
            let on = day(&random)
            let version = module == "a" && on >= R.date("2025-03-01") ? "2025.1" : "2023.1"
            completions.append(Completion(
                id: Int64(index + 1), badge: R.badge, moduleID: module, moduleVersion: R.version(version), completedOn: on,
                result: Int.random(in: 0..<5, using: &random) == 0 ? .fail : .pass,
                hours: [nil, nil, 4, 1, 2.5].randomElement(using: &random)!,
                voidReason: Int.random(in: 0..<8, using: &random) == 0 ? "entered in error" : nil))
        }
        var assignments = [
            Assignment(id: 1, target: .certification("cert"), assignee: .unit("Patrol"), dueOn: day(&random),
                       assignedOn: R.date("2023-01-01"), from: day(&random)),
            Assignment(id: 2, target: .module("c"), assignee: .unit("Traffic"), dueOn: day(&random),
                       assignedOn: R.date("2023-01-01")),
        ]
        if Bool.random(using: &random) {
            var individual = Assignment(id: 3, target: .module("p"), assignee: .officer(badge: R.badge), dueOn: day(&random),
                                        assignedOn: R.date("2023-01-01"), endedOn: day(&random))
            individual.origin = AssignmentOrigin.allCases.randomElement(using: &random)!
            assignments.append(individual)
        }
        if Bool.random(using: &random) {
            // As `incidents add` makes it: from the incident's day, due some days on; passes before it do not meet it.
            let incident = day(&random)
            var triggered = Assignment(id: 4, target: .module(["a", "r", "c"].randomElement(using: &random)!),
                                       assignee: .officer(badge: R.badge), dueOn: incident.adding(days: 14),
                                       assignedOn: incident, from: incident)
            triggered.origin = [.remedial, .postIncident].randomElement(using: &random)!
            assignments.append(triggered)
        }
        var waivers: [Waiver] = []
        if Int.random(in: 0..<3, using: &random) == 0 {
            let from = day(&random)
            waivers.append(Waiver(id: 1, badge: R.badge, moduleID: ["a", "r", "c"].randomElement(using: &random)!,
                                  reason: "medical", from: from, until: Bool.random(using: &random) ? from.adding(days: 120) : nil))
        }
        var facts: [OfficerFact] = []
        if Bool.random(using: &random) {
            facts.append(OfficerFact(id: 1, badge: R.badge, on: day(&random), kind: .unitChange(from: "Traffic", to: "Patrol")))
        }
        if Int.random(in: 0..<3, using: &random) == 0 {
            let from = day(&random)
            facts.append(OfficerFact(id: 2, badge: R.badge, on: from,
                                     kind: .leave(until: Bool.random(using: &random) ? from.adding(days: 90) : nil)))
        }
        if Int.random(in: 0..<4, using: &random) == 0 {
            facts.append(OfficerFact(id: 3, badge: R.badge, on: day(&random), kind: .separated))
        }
        return OfficerRecords(officer: officer, assignments: assignments, completions: completions, waivers: waivers, facts: facts)
    }
}

extension CompletionEvidence {
    /// Whether the engine discounted it for predating the incident that triggered the requirement.
    var isBeforeIncident: Bool {
        guard case .doesNotCount(let reasons) = verdict else { return false }
        return reasons.contains { if case .beforeIncident = $0 { true } else { false } }
    }
}
