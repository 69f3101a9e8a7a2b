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
}

/// What a reader must add to a cut history before statuses judged from it equal those of the whole history
/// (`StatusEngine.cutVerdict`).
public enum CutVerdict: Equatable, Sendable {
    /// The cut decides.
    case decisive
    /// The cut decides once the earliest pass of each of these prerequisite modules is added (sorted).
    case needsEarliestPasses([String])
    /// Only the whole history decides.
    case needsWholeHistory
}

extension StatusEngine {
    /// What statuses judged as of `date` from `completions`, a cut history (`StandingBasis.cut`), need to equal
    /// those judged from the whole history. The whole history when a kept pass is dated after `date` (an older
    /// one of its version may decide then) or does not count for its hours (an older one may count); the
    /// earliest passes of the prerequisites a kept pass needs whose kept passes all come after it (an older one
    /// may meet them). Adding those passes settles the prerequisites without another look.
    public func cutVerdict(_ completions: [Completion], asOf date: CalendarDate) -> CutVerdict {
        // By index, reading fields in place: a status run scans every officer's cut, and copying each completion
        // out of the array retains every text it holds.
        var history: ModuleHistory?
        var unsettled: [String] = []
        for index in completions.indices where completions[index].result == .pass {
            let completedOn = completions[index].completedOn
            if date < completedOn { return .needsWholeHistory }
            // The cut comes ordered by module, so the module looked up last is usually the one wanted.
            if history?.id != completions[index].moduleID { history = histories[completions[index].moduleID] }
            guard let history,
                  let version = history.version(completions[index].moduleVersion) ?? history.forCompletion(on: completedOn)
            else { continue }
            if let hours = completions[index].hours, hours < version.hoursNeeded { return .needsWholeHistory }
            for prerequisite in version.prerequisites where !unsettled.contains(prerequisite) {
                var passed = false
                var passedLater = false
                for other in completions.indices
                where completions[other].result == .pass && completions[other].moduleID.utf8.count == prerequisite.utf8.count
                    && completions[other].moduleID == prerequisite {
                    if completions[other].completedOn <= completedOn { passed = true } else { passedLater = true }
                }
                if !passed && passedLater { unsettled.append(prerequisite) }
            }
        }
        return unsettled.isEmpty ? .decisive : .needsEarliestPasses(unsettled.sorted())
    }
}
