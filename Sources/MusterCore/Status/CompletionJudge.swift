/// Judges one completion by its own version's rules as of a day: the rules of evidence (result, hours,
/// prerequisites), then how long it counts (its version's validity, cut short by a later version in force
/// that no longer accepts it).
enum CompletionJudge {
    static func verdict(
        _ completion: borrowing Completion, history: ModuleHistory?, asOf date: CalendarDate,
        prerequisiteMet: (String, CalendarDate) -> Bool
    ) -> (CompletionVerdict, Supersession?) {
        var reasons: [Disqualification] = []
        if let voidReason = completion.voidReason { reasons.append(.voided(reason: voidReason)) }
        if date < completion.completedOn { reasons.append(.completedAfterAsOf(date)) }
        if completion.result != .pass { reasons.append(.failed) }
        guard let history else {
            reasons.append(.moduleNotInCurriculum)
            return (.doesNotCount(reasons), nil)
        }
        // The store only keeps completions of loaded versions; records built elsewhere may name another, which is
        // judged by the version its date belongs to.
        guard let version = history.version(completion.moduleVersion) ?? history.forCompletion(on: completion.completedOn) else {
            reasons.append(.moduleNotInCurriculum)
            return (.doesNotCount(reasons), nil)
        }
        let cutoff = history.cutoff(for: completion.moduleVersion, asOf: date)
        if let cutoff, cutoff.on <= completion.completedOn {
            reasons.append(.versionBelowAcceptsFrom(version: completion.moduleVersion, acceptsFrom: cutoff.acceptsFrom))
        }
        if let hours = completion.hours, hours < version.hoursNeeded {
            reasons.append(.tooFewHours(recorded: hours, needed: version.hoursNeeded, of: version.hours))
        }
        for prerequisite in version.prerequisites where !prerequisiteMet(prerequisite, completion.completedOn) {
            reasons.append(.waitingForPrerequisite(prerequisite))
        }
        guard reasons.isEmpty else { return (.doesNotCount(reasons), nil) }
        var expiresOn = version.validity.expiresOn(completedOn: completion.completedOn)
        var superseded: Supersession?
        if let cutoff, expiresOn.map({ cutoff.on < $0 }) ?? true {
            expiresOn = cutoff.on
            superseded = cutoff
        }
        return (.counts(expiresOn: expiresOn), superseded)
    }
}
