/// Every rule a record must meet before it is stored, written once. The store applies them to each command,
/// the CSV readers to each row, and the TUI forms to each field, so none of them keeps its own copy.
public enum RecordRules {
    /// Scores are percentages.
    public static let scoreRange = 0...100
    /// The most hours one completion may claim: a full-time academy year, so a slip of the keyboard (a date
    /// typed into the hours) is caught while any real course fits.
    public static let maximumHours = 2000.0
    /// The most days an assignment may give officers who come into its scope later: ten years.
    public static let newMembersWithinDaysRange = 0...3650

    /// The text trimmed of surrounding whitespace; refused when nothing is left.
    public static func nonEmpty(_ text: String, field: String) throws(RuleViolation) -> String {
        let trimmed = text.trimmedWhitespace()
        if trimmed.isEmpty { throw .emptyField(field) }
        return trimmed
    }

    /// Refuses a date after today: a record says what happened, not what is planned.
    public static func notInFuture(_ date: CalendarDate, field: String, today: CalendarDate) throws(RuleViolation) {
        if date > today { throw .futureDate(field: field, date: date, today: today) }
    }

    public static func checkScore(_ score: Int) throws(RuleViolation) {
        guard scoreRange.contains(score) else { throw .scoreOutOfRange(score) }
    }

    public static func hoursAllowed(_ hours: Double) -> Bool {
        hours > 0 && hours <= maximumHours
    }

    public static func checkHours(_ hours: Double) throws(RuleViolation) {
        guard hoursAllowed(hours) else { throw .hoursOutOfRange(hours) }
    }

    /// A period's end may not come before its start.
    public static func checkPeriod(from: CalendarDate, until: CalendarDate?) throws(RuleViolation) {
        if let until, until < from { throw .invalidDateRange(from: from, until: until) }
    }

    /// The result of an attempt: the pass mark decides when a score is given, and a stated result that
    /// disagrees is refused; without a score the stated result stands (a pass when none is stated), except
    /// that a pass on an assessment with a pass mark is evidence only with its score.
    public static func decideResult(given: Completion.Result?, score: Int?, passMark: Int?) throws(RuleViolation)
        -> Completion.Result
    {
        guard let score else {
            let result = given ?? .pass
            if result == .pass, let passMark { throw .scoreRequired(passMark: passMark) }
            return result
        }
        try checkScore(score)
        guard let passMark else { return given ?? .pass }
        let decided: Completion.Result = score >= passMark ? .pass : .fail
        if let given, given != decided {
            throw .resultContradictsPassMark(result: given, score: score, passMark: passMark)
        }
        return decided
    }

    /// The days an assignment gives officers who come into its scope after it starts.
    public static func checkNewMembersWithinDays(_ days: Int) throws(RuleViolation) {
        guard newMembersWithinDaysRange.contains(days) else {
            throw .outOfRange(field: "new_members_within_days", value: days, range: newMembersWithinDaysRange)
        }
    }

    /// The version of a module a completion dated `day` is recorded against, from `versions` (one module's,
    /// oldest first): the named one, which must exist and bind by that day (`Module.bindsFrom`), or else the one in force
    /// then (`Curriculum.module(_:forCompletionOn:)`), the first version for a day before any took effect.
    public static func completionVersion<Versions: BidirectionalCollection<Module>>(
        named: ModuleVersion?, completedOn day: CalendarDate, among versions: Versions
    ) throws(RuleViolation) -> Module {
        guard let first = versions.first else { throw .unknownVersion(module: "", version: named) }
        guard let named else { return versions.last { $0.binds(on: day) } ?? first }
        guard let module = versions.first(where: { $0.version == named }) else {
            throw .unknownVersion(module: first.id, version: named)
        }
        if module.approval.isPending { throw .versionPending(version: named) }
        if module.bindsFrom > day { throw .versionNotYetEffective(version: named, effective: module.bindsFrom, completedOn: day) }
        return module
    }
}
