/// Every loaded version of one module, boxed once per curriculum so every officer's requirement shares it.
/// A completion is judged by its own version's rules; the version in force on the judged day decides the
/// expiring window, the refresher link and whether failures suspend; and each version in force that sets
/// `accepts_from` cuts off the completions of older versions (`cutoff`).
final class ModuleHistory: Sendable {
    let id: String
    /// Oldest version first.
    let versions: [Module]

    init(id: String, versions: some Sequence<Module>) {
        self.id = id
        self.versions = versions.sorted { $0.version < $1.version }
    }

    /// The version in force on `day`: the newest whose `effective` is on or before it.
    func inForce(on day: CalendarDate) -> Module? {
        versions.last { $0.effective <= day }
    }

    /// The version a completion dated `day` belongs to: the one in force then, or the first before any was.
    func forCompletion(on day: CalendarDate) -> Module? {
        inForce(on: day) ?? versions.first
    }

    func version(_ version: ModuleVersion) -> Module? {
        versions.first { $0.version == version }
    }

    /// The day the first version took effect.
    var firstEffective: CalendarDate? { versions.first?.effective }

    /// When completions of `version` stop counting because a later version in force on `day` no longer
    /// accepts them: that version's `effective` plus its `retrain_within_days`, the earliest such day.
    func cutoff(for version: ModuleVersion, asOf day: CalendarDate) -> Supersession? {
        var earliest: Supersession?
        for candidate in versions where candidate.effective <= day {
            guard let acceptsFrom = candidate.acceptsFrom, version < acceptsFrom else { continue }
            let on = candidate.effective.adding(days: candidate.retrainWithinDays)
            if earliest.map({ on < $0.on }) ?? true {
                earliest = Supersession(version: candidate.version, acceptsFrom: acceptsFrom, effective: candidate.effective, on: on)
            }
        }
        return earliest
    }
}

/// A later version that stops an older version's completions from counting.
public struct Supersession: Hashable, Sendable {
    /// The superseding version.
    public var version: ModuleVersion
    public var acceptsFrom: ModuleVersion
    /// The day the superseding version took effect.
    public var effective: CalendarDate
    /// The first day the older completions no longer count (`effective` + `retrain_within_days`).
    public var on: CalendarDate
}
