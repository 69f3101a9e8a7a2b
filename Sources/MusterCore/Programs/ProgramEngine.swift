/// Sums hours toward state in-service programs: pure and clock-free, one officer at a time from that officer's
/// own records, so a run over 100,000 officers is one pass over completions grouped by officer.
///
/// A completion gives hours when it is a counting pass under the status rules (not voided, passed, evidence
/// met: its recorded hours reach the version's, its prerequisites were passed first) dated inside the cycle and
/// on or before the day asked about, whatever the module's validity. It gives its recorded hours, else its
/// version's `hours`, to the total and to every minimum it matches; sums are not capped.
public struct ProgramEngine: Sendable {
    public let curriculum: Curriculum
    let terms: ProgramModuleTerms
    /// Each program version's terms by module version, by program id.
    private let programTerms: [String: [ProgramVersionTerms]]

    public init(curriculum: Curriculum) {
        self.curriculum = curriculum
        let terms = ProgramModuleTerms(curriculum)
        self.terms = terms
        programTerms = curriculum.programVersions.reduce(into: [:]) { all, program in
            all[program.id, default: []].append(ProgramVersionTerms(program, terms: terms))
        }
    }

    /// The curriculum's terms of `program`, else terms worked out for it now.
    private func versionTerms(_ program: Program) -> ProgramVersionTerms {
        programTerms[program.id]?.first { $0.describes(program) } ?? ProgramVersionTerms(program, terms: terms)
    }

    /// One standing per program assigned to the officer on `date` (by id), for the cycle holding it; none for
    /// an officer who does not serve that day. Without `listsCounted` the standings' `counted` lists are left
    /// empty (only an explanation reads them); every figure is the same.
    public func standings(
        for records: OfficerRecords, programs: ProgramRecords, asOf date: CalendarDate, listsCounted: Bool = true
    ) -> [ProgramStanding] {
        standings(for: records, programs: programs, asOf: date, listsCounted: listsCounted) {
            CountingCompletions(records.completions, terms: terms)
        }
    }

    /// `standings(for:programs:asOf:listsCounted:)` counting `passes`, the officer's passed, non-voided
    /// completions as read from `completion_passed` (keys from `passKey`), in place of `records.completions`,
    /// which it does not read: the same standings, judged by the same rule.
    public func standings(
        for records: OfficerRecords, passes: [ProgramPass], programs: ProgramRecords, asOf date: CalendarDate,
        listsCounted: Bool = true
    ) -> [ProgramStanding] {
        standings(for: records, programs: programs, asOf: date, listsCounted: listsCounted) {
            CountingCompletions(passes, terms: terms)
        }
    }

    private func standings(
        for records: OfficerRecords, programs: ProgramRecords, asOf date: CalendarDate, listsCounted: Bool,
        counting: () -> CountingCompletions
    ) -> [ProgramStanding] {
        let timeline = records.timeline
        guard timeline.serves(on: date) else { return [] }
        var entries: [String: CalendarDate] = [:]
        for assignment in programs.assignments where assignment.applies(to: timeline, on: date) {
            let entry = assignment.scopeEntry(for: timeline, asOf: date)
            entries[assignment.programID] = min(entries[assignment.programID] ?? entry, entry)
        }
        guard !entries.isEmpty else { return [] }
        let counting = counting()
        return entries.keys.sorted().compactMap { id in
            guard let program = curriculum.program(id, inForceOn: date), let entry = entries[id] else { return nil }
            return standing(program, badge: records.officer.badge, entry: entry, origin: timeline.servingSince(asOf: date),
                            counting: counting, waivers: programs.waivers, asOf: date, listsCounted: listsCounted)
        }
    }

    func standing(
        _ program: Program, badge: String, entry: CalendarDate, origin: CalendarDate?, counting: CountingCompletions,
        waivers: [ProgramWaiver], asOf date: CalendarDate, listsCounted: Bool
    ) -> ProgramStanding {
        let first = program.cycle.firstDay(origin: origin, effective: program.effective)
        let span = program.cycle.span(containing: date, first: first)
        let own = waivers.filter { $0.badge == badge && $0.programID == program.id }
        var standing = cycle(span, program, badge: badge, entry: entry, counting: counting, waivers: own, asOf: date,
                             listsCounted: listsCounted)
        let previous = span.previous
        // The previous cycle is judged when the officer was in scope for some of it and a version was in force at its end.
        if entry <= previous.end, let earlier = curriculum.program(program.id, inForceOn: previous.end) {
            let closed = cycle(previous, earlier, badge: badge, entry: entry, counting: counting, waivers: own,
                               asOf: previous.end, listsCounted: false)
            standing.previousCycle = closed.isMet ? .complete : .deficient
        }
        standing.status = Self.status(standing, asOf: date)
        return standing
    }

    static func status(_ standing: ProgramStanding, asOf date: CalendarDate) -> ProgramStatus {
        if standing.previousCycle == .deficient { return .deficient }
        if standing.isMet { return .complete }
        if date.days(until: standing.cycle.end) <= ProgramStatus.atRiskDays { return .atRisk }
        return .inProgress
    }

    /// The cycle's hours, minimums and owed courses as of `date` (inside the cycle or its last day). Without
    /// `listsCounted` the counted completions are summed but not listed: only the closed cycle's verdict is read.
    func cycle(
        _ span: CycleSpan, _ program: Program, badge: String, entry: CalendarDate, counting: CountingCompletions,
        waivers: [ProgramWaiver], asOf date: CalendarDate, listsCounted: Bool = true
    ) -> ProgramStanding {
        let requirement = ProgramProration.requirement(program, span: span, entry: entry, waivers: waivers)
        var earned = 0.0
        var minimums = program.minimums.map { minimum in
            MinimumProgress(name: minimum.name,
                            required: ProgramProration.required(minimum.hours, requirement, span: span,
                                                                waivable: !program.waivers.never.contains(minimum.name)),
                            earned: 0)
        }
        var counted: [CountedCompletion] = []
        let last = min(span.end, date)
        let terms = versionTerms(program)
        for completion in counting.passes where span.start <= completion.completedOn && completion.completedOn <= last {
            earned += completion.hours
            let fed = terms.fed(completion.ordinal)
            for position in fed { minimums[terms.minimum(at: position)].earned += completion.hours }
            guard listsCounted else { continue }
            counted.append(CountedCompletion(completionID: completion.id, moduleID: self.terms.versions[completion.ordinal].moduleID,
                                             completedOn: completion.completedOn, hours: completion.hours,
                                             minimums: fed.map { program.minimums[terms.minimum(at: $0)].name }))
        }
        var owed: [OwedCourse] = [], coming: [OwedCourse] = []
        for (ruleIndex, rule) in program.onceEvery.enumerated() where rule.cycles > 0 {
            let blockFirst = Self.floorDivide(span.index, rule.cycles) * rule.cycles
            let start = CycleSpan(index: blockFirst, first: span.first, months: span.months).start
            let end = CycleSpan(index: blockFirst + rule.cycles - 1, first: span.first, months: span.months).end
            let isCourse = terms.courses[ruleIndex]
            let met = counting.passes.contains { pass in
                isCourse[pass.ordinal] && start <= pass.completedOn && pass.completedOn <= min(end, date)
            }
            let course = OwedCourse(modules: rule.modules, dueBy: end, met: met)
            if end == span.end { owed.append(course) } else if !met { coming.append(course) }
        }
        return ProgramStanding(
            badge: badge, programID: program.id, programVersion: program.version, cycle: span,
            hoursRequired: ProgramProration.required(program.hours, requirement, span: span, waivable: true),
            hoursEarned: earned, minimums: minimums, owedCourses: owed, comingCourses: coming, previousCycle: nil,
            status: .inProgress, counted: counted, requirement: requirement)
    }

    static func floorDivide(_ value: Int, _ divisor: Int) -> Int {
        value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor)
    }
}
