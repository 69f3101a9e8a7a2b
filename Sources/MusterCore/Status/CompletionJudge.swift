/// Judges one completion by its own version's rules as of a day: the rules of evidence (result, hours,
/// prerequisites), then how long it counts (its version's validity, cut short by a later version in force
/// that no longer accepts it). A requirement an incident triggered counts only completions from its day on.
enum CompletionJudge {
    /// The verdict on `completions[index]`, whose prerequisites are looked for among `own` (the officer's own
    /// completions, as indices into `completions`). Fields are read in place: a status run judges every
    /// officer's completions, and copying one out of the array retains every text it holds.
    static func verdict<Completions: JudgedCompletions>(
        _ completions: Completions, at index: Int, own: [Int], history: ModuleHistory?, asOf date: CalendarDate,
        countsFrom: CalendarDate? = nil
    ) -> (CompletionVerdict, Supersession?) {
        let completedOn = completions.completedOn(index)
        var reasons: [Disqualification] = []
        if let voidReason = completions.voidReason(index) { reasons.append(.voided(reason: voidReason)) }
        if date < completedOn { reasons.append(.completedAfterAsOf(date)) }
        if let countsFrom, completedOn < countsFrom { reasons.append(.beforeIncident(countsFrom)) }
        if !completions.passed(index) { reasons.append(.failed) }
        guard let history else {
            reasons.append(.moduleNotInCurriculum)
            return (.doesNotCount(reasons), nil)
        }
        // The store only keeps completions of loaded versions; records built elsewhere may name another, which is
        // judged by the version its date belongs to.
        guard let version = completions.terms(index, history) ?? history.forCompletion(on: completedOn) else {
            reasons.append(.moduleNotInCurriculum)
            return (.doesNotCount(reasons), nil)
        }
        let moduleVersion = completions.moduleVersion(index, history)
        let cutoff = history.cutoff(for: moduleVersion, asOf: date)
        if let cutoff, cutoff.on <= completedOn {
            reasons.append(.versionBelowAcceptsFrom(version: moduleVersion, acceptsFrom: cutoff.acceptsFrom))
        }
        if let hours = completions.hours(index), hours < version.hoursNeeded {
            reasons.append(.tooFewHours(recorded: hours, needed: version.hoursNeeded, of: version.hours))
        }
        for position in version.prerequisites.indices
        where !hasPass(of: completions.prerequisiteKey(version, position), by: completedOn, completions, own) {
            reasons.append(.waitingForPrerequisite(version.prerequisites[position]))
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

    /// Whether `own` holds a passing, non-voided completion of the module keyed `module` dated on or before `date`.
    private static func hasPass<Completions: JudgedCompletions>(
        of module: Completions.ModuleKey, by date: CalendarDate, _ completions: Completions, _ own: [Int]
    ) -> Bool {
        own.contains { index in
            completions.passed(index) && !completions.isVoided(index) && completions.completedOn(index) <= date
                && completions.isModule(index, module)
        }
    }
}
