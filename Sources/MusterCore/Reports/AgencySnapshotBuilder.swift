/// Folds officers' records into an `AgencySnapshot`, one officer at a time, so the caller can stream a
/// whole agency from the store without holding everyone's records at once.
///
/// ```swift
/// var builder = AgencySnapshotBuilder(curriculum: curriculum, asOf: today)
/// for records in store.allOfficerRecords() { builder.add(records) }
/// let snapshot = builder.build()
/// ```
public struct AgencySnapshotBuilder: Sendable {
    public static let noUnit = "(no unit)"
    public static let horizons = [30, 60, 90]

    private let engine: StatusEngine
    private let asOf: CalendarDate
    private let firstMonth: (year: Int, month: Int)
    private var officers: [AgencySnapshot.OfficerRow] = []
    private var standings = OfficerComplianceTally()
    private var units: [String: (tally: OfficerComplianceTally, count: Int)] = [:]
    private var modules: [String: ModuleStatusTally] = [:]
    private var nextExpiries: [Int] = []
    private var overdue: [AgencySnapshot.OverdueItem] = []
    private var months = Array(repeating: 0, count: 12)
    private var dueByModule: [String: [Int32]] = [:]
    private var partnerOfficerCount = 0
    var programFold = ProgramFold()

    /// The agency whose figures these are (`Agency.counts(_:inFiguresOf:)`): the home agency's, or a partner
    /// agency's for its liaison.
    private let agency: String

    public init(curriculum: Curriculum, asOf: CalendarDate, agency: String = Agency.homeID) {
        engine = StatusEngine(curriculum: curriculum)
        self.asOf = asOf
        self.agency = agency
        let first = asOf.adding(months: -11)
        firstMonth = (first.year, first.month)
    }

    /// Adds one officer: evaluates their standing and folds it into the totals.
    public mutating func add(_ records: OfficerRecords) {
        add(records, moduleStandings: engine.moduleStandings(for: records, asOf: asOf))
    }

    /// Adds one officer whose module standings (as of this builder's date) were evaluated elsewhere, for
    /// callers that judge many officers in parallel and fold the results in order.
    ///
    /// Pass `countCompletions: false` when `records` holds only the completions statuses rest on
    /// (`CompletionScope.standingBasis`) and give the month counts with `setCompletionsPerMonth`.
    public mutating func add(_ records: OfficerRecords, moduleStandings: [ModuleStanding], countCompletions: Bool = true) {
        if countCompletions, Agency.counts(records.officer.agency, inFiguresOf: agency) { self.countCompletions(records.completions) }
        add(records.timeline, statusLines: moduleStandings.map(\.line))
    }

    /// Adds one officer without dated facts (their row is taken to hold on every day); the month counts come
    /// from `setCompletionsPerMonth`.
    public mutating func add(_ officer: Officer, statusLines lines: [ModuleStatusLine]) {
        add(OfficerTimeline(officer: officer, facts: []), statusLines: lines)
    }

    /// Adds one officer whose module status lines (as of this builder's date) were judged elsewhere; the
    /// month counts come from `setCompletionsPerMonth`.
    ///
    /// The officer's word is worked out here, once, and every figure counts that word: an officer who did
    /// not serve on the as-of date (by `timeline`) is listed but counted nowhere, whatever lines they have.
    public mutating func add(_ timeline: OfficerTimeline, statusLines lines: [ModuleStatusLine]) {
        let officer = timeline.officer
        let serving = timeline.serves(on: asOf)
        let standing = serving ? OfficerCompliance(lines: lines) : .notServing
        let unit = timeline.unit(on: asOf)
        // An officer not serving owes nothing that day: no expiry to chase, nothing late.
        let nextExpiry = !serving ? nil : lines
            .filter { $0.status == .current || $0.status == .expiring }
            .compactMap(\.expiresOn).filter { $0 >= asOf }.min()
        var row = AgencySnapshot.OfficerRow(
            badge: officer.badge, lastName: officer.lastName, firstName: officer.firstName, unit: unit,
            officerStatus: officer.status, standing: standing, nextExpiry: nextExpiry,
            overdueCount: serving ? lines.count { $0.status == .overdue } : 0,
            expiredCount: serving ? lines.count { $0.status == .expired } : 0)
        row.agency = officer.agency
        let index = Int32(officers.count)
        officers.append(row)
        // Another agency's officer is listed with their agency, and counted in none of this agency's figures.
        guard Agency.counts(officer.agency, inFiguresOf: agency) else {
            partnerOfficerCount += 1
            return
        }
        standings.add(standing)
        guard serving else { return }

        let unitKey = unit ?? Self.noUnit
        var unitEntry = units[unitKey] ?? (OfficerComplianceTally(), 0)
        unitEntry.count += 1
        unitEntry.tally.add(standing)
        units[unitKey] = unitEntry
        if let nextExpiry { nextExpiries.append(asOf.days(until: nextExpiry)) }
        for module in lines {
            modules[module.moduleID, default: ModuleStatusTally()].add(module.status)
            switch module.status {
            case .overdue, .expired, .failed, .onLeave:
                overdue.append(AgencySnapshot.OverdueItem(
                    badge: officer.badge, name: officer.displayName, unit: unit, moduleID: module.moduleID,
                    status: module.status, since: passedDate(module)))
                dueByModule[module.moduleID, default: []].append(index)
            case .assigned, .expiring:
                dueByModule[module.moduleID, default: []].append(index)
            case .current, .waived:
                break
            }
        }
    }

    /// The due or expiry date a late line's status rests on.
    private func passedDate(_ line: ModuleStatusLine) -> CalendarDate? {
        switch line.status {
        case .overdue: line.dueOn
        case .expired: line.expiresOn
        case .onLeave: line.expiresOn.flatMap { $0 <= asOf ? $0 : nil } ?? line.dueOn
        default: nil
        }
    }

    private mutating func countCompletions(_ completions: [Completion]) {
        for completion in completions where completion.result == .pass && !completion.isVoided && completion.completedOn <= asOf {
            let offset = (completion.completedOn.year - firstMonth.year) * 12 + completion.completedOn.month - firstMonth.month
            if (0..<12).contains(offset) { months[offset] += 1 }
        }
    }

    /// The first day of the twelve months `completionsPerMonth` covers (the last is the as-of month).
    public var firstCountedDay: CalendarDate {
        CalendarDate(year: firstMonth.year, month: firstMonth.month, day: 1) ?? asOf
    }

    /// Replaces the month counts with passed, not-voided completions per "YYYY-MM" counted elsewhere (in
    /// SQL), from `firstCountedDay` through the as-of date.
    public mutating func setCompletionsPerMonth(_ counts: [String: Int]) {
        for offset in 0..<12 {
            let zeroBased = firstMonth.year * 12 + firstMonth.month - 1 + offset
            let month = zeroBased % 12 + 1
            let key = "\(zeroBased / 12)-\(month < 10 ? "0" : "")\(month)"
            months[offset] = counts[key] ?? 0
        }
    }

    /// The snapshot of everything added so far.
    public func build() -> AgencySnapshot {
        let monthCounts = (0..<12).map { offset in
            let zeroBased = firstMonth.year * 12 + firstMonth.month - 1 + offset
            return AgencySnapshot.MonthCount(year: zeroBased / 12, month: zeroBased % 12 + 1, count: months[offset])
        }
        let sortedOverdue = overdue.sorted {
            switch ($0.since, $1.since) {
            case let (left?, right?) where left != right: left < right
            case (nil, _?): false
            case (_?, nil): true
            default: ($0.badge, $0.moduleID) < ($1.badge, $1.moduleID)
            }
        }
        var snapshot = AgencySnapshot(
            asOf: asOf, officers: officers, standings: standings,
            units: units.sorted { $0.key < $1.key }.map {
                AgencySnapshot.UnitRow(unit: $0.key, standings: $0.value.tally, officerCount: $0.value.count)
            },
            modules: modules.sorted { $0.key < $1.key }.map { AgencySnapshot.ModuleRow(moduleID: $0.key, statuses: $0.value) },
            expiring: Self.horizons.map { days in
                AgencySnapshot.ExpiryHorizon(days: days, officerCount: nextExpiries.count { $0 <= days })
            },
            overdue: sortedOverdue, completionsPerMonth: monthCounts, dueByModule: dueByModule)
        snapshot.partnerOfficerCount = partnerOfficerCount
        snapshot.agency = agency
        snapshot.programs = programFold.sortedRows
        snapshot.atRisk = programFold.sortedAtRisk
        return snapshot
    }
}
