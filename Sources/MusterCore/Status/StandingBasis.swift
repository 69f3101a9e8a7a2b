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
    /// a reader adds to a cut history to settle a prerequisite (`StatusEngine.prerequisitesToSettle`).
    public static func earliestPass(of moduleID: String, in completions: [Completion]) -> Completion? {
        completions.filter { $0.moduleID == moduleID && $0.result == .pass && $0.voidReason == nil }
            .min { ($0.completedOn, $0.id) < ($1.completedOn, $1.id) }
    }
}

extension StatusEngine {
    /// Whether statuses judged from `records`, whose completions are a cut history (`StandingBasis.cut`, plus the
    /// earliest pass of each module in `earliestPassKnown`), as of `date` equal those judged from the whole
    /// history. They may not when a kept pass is dated after `date` (an older one of its version may decide then),
    /// when it does not count for its hours (an older one may count), or when it needs a prerequisite whose kept
    /// passes all come after it and whose earliest pass is not known (an older one may meet it:
    /// `prerequisitesToSettle` names those, so a reader can fetch their earliest passes and ask again).
    public func cutHistoryIsDecisive(_ records: OfficerRecords, asOf date: CalendarDate) -> Bool {
        cutHistoryIsDecisive(records.completions, asOf: date)
    }

    /// `cutHistoryIsDecisive(_:asOf:)` over one officer's cut completions.
    public func cutHistoryIsDecisive(
        _ completions: [Completion], asOf date: CalendarDate, earliestPassKnown: Set<String> = []
    ) -> Bool {
        var unsettled = false
        return scanCut(completions, asOf: date) { prerequisite in
            if !earliestPassKnown.contains(prerequisite) { unsettled = true }
        } && !unsettled
    }

    /// The prerequisite modules whose earliest pass would settle the cut (see `cutHistoryIsDecisive`), sorted;
    /// empty when the cut is decisive or only the whole history can decide.
    public func prerequisitesToSettle(_ completions: [Completion], asOf date: CalendarDate) -> [String] {
        var modules: Set<String> = []
        guard scanCut(completions, asOf: date, unsettled: { modules.insert($0) }) else { return [] }
        return modules.sorted()
    }

    /// False when something only the whole history can settle (a pass after `date`, too few hours); calls
    /// `unsettled` with each prerequisite a kept pass needs whose kept passes all come after that pass.
    private func scanCut(_ completions: [Completion], asOf date: CalendarDate, unsettled: (String) -> Void) -> Bool {
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
                if !passed && passedLater { unsettled(prerequisite) }
            }
        }
        return true
    }
}
