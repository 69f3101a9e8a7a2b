/// Judges one completion by its own version's rules as of a day: the rules of evidence (result, hours,
/// prerequisites), then how long it counts (its version's validity, cut short by a later version in force
/// that no longer accepts it). A requirement an incident triggered counts only completions from its day on.
enum CompletionJudge {
    /// The verdict on `completions[index]`, whose prerequisites are looked for among `own` (the officer's own
    /// completions, as indices into `completions`). Fields are read in place: a status run judges every
    /// officer's completions, and copying one out of the array retains every text it holds.
    static func verdict(
        _ completions: [Completion], at index: Int, own: [Int], history: ModuleHistory?, asOf date: CalendarDate,
        countsFrom: CalendarDate? = nil
    ) -> (CompletionVerdict, Supersession?) {
        let completedOn = completions[index].completedOn
        let moduleVersion = completions[index].moduleVersion
        var reasons: [Disqualification] = []
        if let voidReason = completions[index].voidReason { reasons.append(.voided(reason: voidReason)) }
        if date < completedOn { reasons.append(.completedAfterAsOf(date)) }
        if let countsFrom, completedOn < countsFrom { reasons.append(.beforeIncident(countsFrom)) }
        if completions[index].result != .pass { reasons.append(.failed) }
        guard let history else {
            reasons.append(.moduleNotInCurriculum)
            return (.doesNotCount(reasons), nil)
        }
        // The store only keeps completions of loaded versions; records built elsewhere may name another, which is
        // judged by the version its date belongs to.
        guard let version = history.version(moduleVersion) ?? history.forCompletion(on: completedOn) else {
            reasons.append(.moduleNotInCurriculum)
            return (.doesNotCount(reasons), nil)
        }
        let cutoff = history.cutoff(for: moduleVersion, asOf: date)
        if let cutoff, cutoff.on <= completedOn {
            reasons.append(.versionBelowAcceptsFrom(version: moduleVersion, acceptsFrom: cutoff.acceptsFrom))
        }
        if let hours = completions[index].hours, hours < version.hoursNeeded {
            reasons.append(.tooFewHours(recorded: hours, needed: version.hoursNeeded, of: version.hours))
        }
        for prerequisite in version.prerequisites where !hasPass(of: prerequisite, by: completedOn, completions, own) {
            reasons.append(.waitingForPrerequisite(prerequisite))
        }
        guard reasons.isEmpty else { return (.doesNotCount(reasons), nil) }
        var expiresOn = version.validity.expiresOn(completedOn: completedOn)
        var superseded: Supersession?
        if let cutoff, expiresOn.map({ cutoff.on < $0 }) ?? true {
            expiresOn = cutoff.on
            superseded = cutoff
        }
        return (.counts(expiresOn: expiresOn), superseded)
    }

    /// Whether `own` holds a passing, non-voided completion of `moduleID` dated on or before `date`.
    private static func hasPass(of moduleID: String, by date: CalendarDate, _ completions: [Completion], _ own: [Int]) -> Bool {
        own.contains { index in
            completions[index].result == .pass && completions[index].voidReason == nil
                && completions[index].completedOn <= date && completions[index].moduleID.utf8.count == moduleID.utf8.count
                && completions[index].moduleID == moduleID
        }
    }
}
