/// Every loaded version of one module, boxed once per curriculum so every officer's requirement shares it.
/// A completion is judged by its own version's rules; the version in force on the judged day decides the
/// expiring window, the refresher link and whether failures suspend; and each version in force that sets
/// `accepts_from` cuts off the completions of older versions (`cutoff`).
final class ModuleHistory: Sendable {
    let id: String
    /// The module's place among every loaded module id in text order, so that sorting requirements compares
    /// integers rather than texts.
    let rank: Int
    /// Oldest version first.
    let versions: [VersionTerms]
    /// The versions that set `accepts_from`, oldest first: the only ones `cutoff` reads.
    private let superseding: [Supersession]

    /// `shared` gives the one copy of each module id the engine hands out (`StatusEngine.sharedModuleID`).
    /// `rankOf` gives each prerequisite's rank (-1 for a module the curriculum does not hold).
    init(id: String, rank: Int, versions: some Sequence<Module>, shared: (String) -> String, rankOf: (String) -> Int) {
        self.id = id
        self.rank = rank
        self.versions = versions.sorted { $0.version < $1.version }.map { VersionTerms($0, shared: shared, rank: rankOf) }
        superseding = self.versions.compactMap { terms in
            // A pending version cuts nothing off: it binds from no day.
            guard !terms.module.approval.isPending else { return nil }
            return terms.acceptsFrom.map { acceptsFrom in
                Supersession(version: terms.version, acceptsFrom: acceptsFrom, effective: terms.effective,
                             on: terms.effective.adding(days: terms.retrainWithinDays))
            }
        }
    }

    /// The version in force on `day`: the newest that binds by then (`Module.bindsFrom`).
    func inForce(on day: CalendarDate) -> VersionTerms? {
        var index = versions.count - 1
        while index >= 0 {
            if versions[index].module.binds(on: day) { return versions[index] }
            index -= 1
        }
        return nil
    }

    /// The version a completion dated `day` belongs to: the one in force then, or the first before any was.
    func forCompletion(on day: CalendarDate) -> VersionTerms? {
        inForce(on: day) ?? versions.first
    }

    func version(_ version: ModuleVersion) -> VersionTerms? {
        for index in versions.indices where versions[index].version == version { return versions[index] }
        return nil
    }

    /// The newest loaded version's module.
    var newest: Module? { versions.last?.module }

    /// The first day any version binds (`Module.bindsFrom`): versions may be approved out of order.
    var firstEffective: CalendarDate? { versions.lazy.map(\.effective).min() }

    /// When completions of `version` stop counting because a later version in force on `day` no longer
    /// accepts them: the day that version binds from plus its `retrain_within_days`, the earliest such day.
    func cutoff(for version: ModuleVersion, asOf day: CalendarDate) -> Supersession? {
        var earliest: Supersession?
        for index in superseding.indices {
            let candidate = superseding[index]
            guard candidate.effective <= day, version < candidate.acceptsFrom else { continue }
            if earliest.map({ candidate.on < $0.on }) ?? true { earliest = candidate }
        }
        return earliest
    }
}

/// What the engine reads of one module version, boxed so judging passes a reference rather than copying the
/// whole module (its texts and lists) for every completion.
final class VersionTerms: Sendable {
    let module: Module
    let version: ModuleVersion
    /// The first day the version binds (`Module.bindsFrom`): its `effective`, or its approval when later.
    let effective: CalendarDate
    let validity: Validity
    let expiringWindowDays: Int
    let acceptsFrom: ModuleVersion?
    let retrainWithinDays: Int
    let hours: Double
    let hoursNeeded: Double
    let prerequisites: [String]
    /// The engine's rank of each of `prerequisites`, -1 for a module it does not hold (`CompactCompletions`).
    let prerequisiteRanks: [Int32]
    let refresherOf: String?
    let firstDueMonths: Int?
    let failureSuspends: Bool

    init(_ module: Module, shared: (String) -> String, rank: (String) -> Int) {
        self.module = module
        version = module.version
        effective = module.bindsFrom
        validity = module.validity
        expiringWindowDays = module.expiringWindowDays
        acceptsFrom = module.acceptsFrom
        retrainWithinDays = module.retrainWithinDays
        hours = module.hours
        hoursNeeded = module.hoursNeeded
        prerequisites = module.prerequisites.map(shared)
        prerequisiteRanks = module.prerequisites.map { Int32(rank($0)) }
        refresherOf = module.refresherOf.map(shared)
        firstDueMonths = module.firstDueMonths
        failureSuspends = module.failureSuspends
    }
}

/// A later version that stops an older version's completions from counting.
public struct Supersession: Hashable, Sendable {
    /// The superseding version.
    public var version: ModuleVersion
    public var acceptsFrom: ModuleVersion
    /// The day the superseding version took effect (bound: its approval when that came later).
    public var effective: CalendarDate
    /// The first day the older completions no longer count (`effective` + `retrain_within_days`).
    public var on: CalendarDate
}
