/// The fast path's promise, stated in the core so it can be proved here: to judge statuses (not to explain
/// them), an officer's history can be cut down to the newest passing, non-voided completion of each module
/// version plus every failed, non-voided attempt — what the store keeps in `completion_latest` and reads
/// beside it. The cut history gives the same status lines as the whole one unless `isDecisive` says
/// otherwise, in which case the caller reads the whole history for that officer.
public enum StandingBasis {
    /// The cut history of `completions` (any officers): per badge × module × version the newest passing,
    /// non-voided completion (later date, then higher id), and every failed, non-voided one.
    public static func cut(_ completions: [Completion]) -> [Completion] {
        struct Key: Hashable {
            var badge: String
            var moduleID: String
            var version: ModuleVersion
        }
        var newest: [Key: Completion] = [:]
        var kept: [Completion] = []
        for completion in completions where completion.voidReason == nil {
            guard completion.result == .pass else {
                kept.append(completion)
                continue
            }
            let key = Key(badge: completion.badge, moduleID: completion.moduleID, version: completion.moduleVersion)
            if let current = newest[key], (current.completedOn, current.id) > (completion.completedOn, completion.id) { continue }
            newest[key] = completion
        }
        return kept + newest.values
    }

    /// The officer's earliest passing, non-voided completion of `moduleID` (earliest date, then lowest id): what
    /// a reader adds to a cut history to settle a prerequisite (`StatusEngine.cutVerdict`).
    public static func earliestPass(of moduleID: String, in completions: [Completion]) -> Completion? {
        completions.filter { $0.moduleID == moduleID && $0.result == .pass && $0.voidReason == nil }
            .min { ($0.completedOn, $0.id) < ($1.completedOn, $1.id) }
    }

    /// Per badge × module × version the earliest passing, non-voided completion, without score, instructor and
    /// session: what the store keeps beside each newest pass (`completion_latest`'s earliest columns), and reads
    /// instead of seeking a module's earliest pass: the earliest of these for the module (`earliestPass`).
    public static func earliestPerKey(_ completions: [Completion]) -> [Completion] {
        struct Key: Hashable {
            var badge: String
            var moduleID: String
            var version: ModuleVersion
        }
        var earliest: [Key: Completion] = [:]
        for completion in completions where completion.voidReason == nil && completion.result == .pass {
            let key = Key(badge: completion.badge, moduleID: completion.moduleID, version: completion.moduleVersion)
            if let current = earliest[key], (current.completedOn, current.id) < (completion.completedOn, completion.id) { continue }
            var kept = completion
            (kept.score, kept.instructor, kept.sessionID) = (nil, nil, nil)
            earliest[key] = kept
        }
        return Array(earliest.values)
    }
}

/// What a reader must add to a cut history before statuses judged from it equal those of the whole history
/// (`StatusEngine.cutVerdict`).
public enum CutVerdict: Equatable, Sendable {
    /// The cut decides.
    case decisive
    /// The cut decides once the earliest pass of each of these prerequisite modules is added (sorted).
    case needsEarliestPasses([String])
    /// The cut decides once the whole history of each of `modules` replaces its part of the cut, and the earliest
    /// pass of each of `earliestPasses` is added (both sorted, neither holding a module of the other).
    case needsModuleHistories([String], earliestPasses: [String])
}

extension StatusEngine {
    /// What statuses judged as of `date` from `completions`, a cut history (`StandingBasis.cut`), need to equal
    /// those judged from the whole history. A module's whole history when a kept pass of it is dated after `date`
    /// (an older one of its version may decide then) or does not count for its hours (an older one may count),
    /// and then the earliest passes of every prerequisite of its versions (its older passes may need them); the
    /// earliest passes of the prerequisites a kept pass needs whose kept passes all come after it (an older one
    /// may meet them). Adding those passes settles the prerequisites without another look; an earliest pass
    /// added beside its version's newest never decides over it, which meets the same prerequisites and runs as long.
    public func cutVerdict(_ completions: [Completion], asOf date: CalendarDate) -> CutVerdict {
        cutVerdict(of: completions, asOf: date)
    }

    /// `cutVerdict(_:asOf:)` for compact rows (`CompactCompletions`), as a status run reads them.
    public func cutVerdict(_ completions: CompactCompletions, asOf date: CalendarDate) -> CutVerdict {
        cutVerdict(of: completions, asOf: date)
    }

    func cutVerdict<Completions: JudgedCompletions>(of completions: Completions, asOf date: CalendarDate) -> CutVerdict {
        // By index, reading fields in place: a status run scans every officer's cut, and copying each completion
        // out of the array retains every text it holds.
        var history: ModuleHistory?
        var historyKey: Completions.ModuleKey?
        var unsettled: [String] = []
        var wholeModules: [String] = []
        for index in completions.indices where completions.passed(index) {
            let completedOn = completions.completedOn(index)
            // The cut comes ordered by module, so the module looked up last is usually the one wanted.
            let key = completions.moduleKey(index)
            if historyKey != key {
                history = completions.history(index, in: self)
                historyKey = key
            }
            if date < completedOn {
                wholeModules.append(completions.moduleID(index, history))
                continue
            }
            guard let history,
                  let version = completions.terms(index, history) ?? history.forCompletion(on: completedOn)
            else { continue }
            if let hours = completions.hours(index), hours < version.hoursNeeded {
                wholeModules.append(history.id)
                continue
            }
            for position in version.prerequisites.indices where !unsettled.contains(version.prerequisites[position]) {
                let prerequisite = completions.prerequisiteKey(version, position)
                var passed = false
                var passedLater = false
                for other in completions.indices where completions.passed(other) && completions.isModule(other, prerequisite) {
                    if completions.completedOn(other) <= completedOn { passed = true } else { passedLater = true }
                }
                if !passed && passedLater { unsettled.append(version.prerequisites[position]) }
            }
        }
        guard !wholeModules.isEmpty else { return unsettled.isEmpty ? .decisive : .needsEarliestPasses(unsettled.sorted()) }
        let modules = Set(wholeModules)
        for moduleID in modules {
            for version in histories[moduleID]?.versions ?? [] {
                for prerequisite in version.prerequisites where !unsettled.contains(prerequisite) { unsettled.append(prerequisite) }
            }
        }
        return .needsModuleHistories(modules.sorted(), earliestPasses: unsettled.filter { !modules.contains($0) }.sorted())
    }
}
