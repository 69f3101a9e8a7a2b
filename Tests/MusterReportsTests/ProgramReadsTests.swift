import MusterCore
@testable import MusterReports
import MusterStore
import Testing

/// `status --programs` reads only `completion_passed`, as plain program passes beside each officer and their
/// facts, and `plan` those passes beside the status cut (`CompletionScope.standingBasis`): over a demo agency with
/// programs assigned from several days, a program waiver, and passes voided after recording, both must equal the
/// engines over each officer's whole history, for every filter and day tried.
@Suite("Program reports from the index of passes equal the whole histories'")
struct ProgramReadsTests {
    struct Outcome: Sendable {
        var fast: [String] = []
        var plain: [String] = []
        /// `fast` with each standing's counted completions left out, and the standings read without them.
        var emptied: [String] = []
        var unlisted: [String] = []
    }

    static let filters = [OfficerFilter.all, OfficerFilter(unit: "Traffic"), OfficerFilter(badge: "10007")]

    @Test("program standings and plan items, fast and plain, on several days and filters")
    func fastEqualsPlain() async throws {
        let outcomes = try await onOwnThread {
            let demo = try DemoStore(officers: 60, seed: 11)
            defer { demo.remove() }
            let store = demo.store
            let today = CalendarDate.today()
            try Self.assignPrograms(store, today: today)
            let curriculum = try store.curriculum()
            var outcomes: [Outcome] = []
            for day in [today, today.adding(days: -500), today.adding(days: 200)] {
                for filter in Self.filters {
                    var outcome = Outcome()
                    try ProgramStatusReport(curriculum: curriculum, filter: filter, asOf: day).forEach(from: store) { _, standing in
                        outcome.fast.append("\(standing)")
                        var emptied = standing
                        emptied.counted = []
                        outcome.emptied.append("\(emptied)")
                    }
                    // Unlisted (status without --explain): the same standings but for their counted completions.
                    try ProgramStatusReport(curriculum: curriculum, filter: filter, asOf: day, listsCounted: false)
                        .forEach(from: store) { _, standing in outcome.unlisted.append("\(standing)") }
                    try PlanReport(curriculum: curriculum, filter: filter, by: day).rows(from: store).forEach {
                        outcome.fast.append("\($0.officer.badge) \($0.item)")
                    }
                    outcome.plain = try Self.plain(store, curriculum: curriculum, filter: filter, on: day)
                    outcomes.append(outcome)
                }
            }
            return outcomes
        }
        for outcome in outcomes {
            #expect(outcome.fast == outcome.plain)
            #expect(outcome.unlisted == outcome.emptied)
        }
        #expect(outcomes.contains { $0.fast.contains { $0.contains("counted: [") && !$0.contains("counted: []") } })
        #expect(outcomes.contains { $0.fast.contains { $0.contains("need: MusterCore.PlanItem.Need.module") } })
    }

    @Test("the dashboard's module lines and program standings equal the engines' over whole histories")
    func dashboardEqualsPlain() async throws {
        let (fast, plain) = try await onOwnThread {
            let demo = try DemoStore(officers: 60, seed: 11)
            defer { demo.remove() }
            let store = demo.store
            let today = CalendarDate.today()
            try Self.assignPrograms(store, today: today)
            let curriculum = try store.curriculum()
            var fast: [String] = [], plain: [String] = []
            for day in [today, today.adding(days: -500)] {
                try StandingStream.forEachSpanOfDashboardLines(
                    store, curriculum: curriculum, asOf: day, start: { [String]() },
                    add: { chunk, records, lines, standings in
                        chunk.append("\(records.officer.badge) \(lines) \(standings)")
                    }) { fast += $0 }
                let modules = StatusEngine(curriculum: curriculum)
                let programs = ProgramEngine(curriculum: curriculum)
                let index = ProgramRecordIndex(try store.programRecords())
                let home = OfficerFilter(agency: Agency.homeID).asOfADay
                try store.forEachOfficerRecords(.all, completions: .all) { records in
                    var memo = RequirementsMemo()
                    let lines = modules.moduleStatusLines(for: records, asOf: day, memo: &memo)
                    let own = index.records(for: records)
                    let standings = own.assignments.isEmpty || records.officer.agency != nil || !home.keeps(records, on: day)
                        ? [] : programs.standings(for: records, programs: own, asOf: day)
                    plain.append("\(records.officer.badge) \(lines) \(standings)")
                }
            }
            return (fast, plain)
        }
        #expect(fast == plain)
        #expect(fast.contains { $0.contains("counted: [") && !$0.contains("counted: []") })
    }

    /// Illinois on every unit (half of them from 30 months back), Texas on two officers, one waived for a year,
    /// and a few counting passes voided after they were recorded.
    static func assignPrograms(_ store: SQLiteRecordStore, today: CalendarDate) throws {
        var badges: [String] = []
        var units: Set<String> = []
        try store.forEachOfficerRecords(.all) { records in
            badges.append(records.officer.badge)
            if let unit = records.officer.unit { units.insert(unit) }
        }
        var commands: [RecordCommand] = units.sorted().enumerated().map { index, unit in
            let from = today.adding(months: index.isMultiple(of: 2) ? -30 : -80)
            return .assignProgram(ProgramAssignmentRequest(programID: "il-ptb-mandatory", assignee: .unit(unit),
                                                           assignedOn: from, from: from))
        }
        for badge in badges.prefix(2) {
            commands.append(.assignProgram(ProgramAssignmentRequest(programID: "tx-tcole-inservice",
                                                                    assignee: .officer(badge: badge))))
        }
        commands.append(.waiveProgram(ProgramWaiverRequest(badge: badges[0], programID: "il-ptb-mandatory", reason: "military",
                                                           from: today.adding(days: -200), until: today.adding(days: 165))))
        _ = try store.apply(commands, as: .coordinator("test"))
        var voids: [RecordCommand] = []
        try store.forEachOfficerRecords(.all) { records in
            if let pass = records.completions.first(where: { $0.result == .pass && $0.voidReason == nil }),
               voids.count < 15, records.officer.badge.hasSuffix("3") {
                voids.append(.voidCompletion(id: pass.id, reason: "recorded against the wrong officer"))
            }
        }
        _ = try store.apply(voids, as: .coordinator("test"))
    }

    /// The engines over each officer's whole history, as the reports read them before `completion_passed`.
    static func plain(_ store: SQLiteRecordStore, curriculum: Curriculum, filter: OfficerFilter, on day: CalendarDate) throws -> [String] {
        let programs = ProgramEngine(curriculum: curriculum)
        let modules = StatusEngine(curriculum: curriculum)
        let index = ProgramRecordIndex(try store.programRecords())
        var standings: [String] = []
        var items: [(Officer, PlanItem)] = []
        try store.forEachOfficerRecords(filter.asOfADay, completions: .all) { records in
            guard filter.asOfADay.keeps(records, on: day) else { return }
            for standing in programs.standings(for: records, programs: index.records(for: records), asOf: day) {
                standings.append("\(standing)")
                items += standing.planItems.map { (records.officer, $0) }
            }
            items += modules.moduleStandings(for: records, asOf: day).compactMap(\.planItem).map { (records.officer, $0) }
        }
        return standings + items.sorted { PlanItem.urgentFirst($0.1, $1.1) }.map { "\($0.0.badge) \($0.1)" }
    }
}
