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
}

extension StatusEngine {
    /// Whether statuses judged from `records`, whose completions are a cut history (`StandingBasis.cut`), as of
    /// `date` equal those judged from the whole history. They may not when a kept pass is dated after `date`
    /// (an older one of its version may decide then), or does not count for its hours or for a prerequisite
    /// whose only kept passes come after it (an older pass may count, or an older prerequisite may be met).
    public func cutHistoryIsDecisive(_ records: OfficerRecords, asOf date: CalendarDate) -> Bool {
        cutHistoryIsDecisive(records.completions, asOf: date)
    }

    /// `cutHistoryIsDecisive(_:asOf:)` over one officer's cut completions.
    public func cutHistoryIsDecisive(_ completions: [Completion], asOf date: CalendarDate) -> Bool {
        for completion in completions where completion.result == .pass {
            if date < completion.completedOn { return false }
            guard let history = histories[completion.moduleID],
                  let version = history.version(completion.moduleVersion) ?? history.forCompletion(on: completion.completedOn)
            else { continue }
            if let hours = completion.hours, hours < version.hoursNeeded { return false }
            for prerequisite in version.prerequisites {
                var passed = false
                var passedLater = false
                for other in completions where other.moduleID == prerequisite && other.result == .pass {
                    if other.completedOn <= completion.completedOn { passed = true } else { passedLater = true }
                }
                if !passed && passedLater { return false }
            }
        }
        return true
    }
}
