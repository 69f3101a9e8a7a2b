/// Every rule a record must meet before it is stored, written once. The store applies them to each command,
/// the CSV readers to each row, and the TUI forms to each field, so none of them keeps its own copy.
public enum RecordRules {
    /// Scores are percentages.
    public static let scoreRange = 0...100
    /// The most hours one completion may claim: a full-time academy year, so a slip of the keyboard (a date
    /// typed into the hours) is caught while any real course fits.
    public static let maximumHours = 2000.0

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
    /// disagrees is refused; without a score the stated result stands (a pass when none is stated).
    public static func decideResult(given: Completion.Result?, score: Int?, passMark: Int?) throws(RuleViolation)
        -> Completion.Result
    {
        guard let score else { return given ?? .pass }
        try checkScore(score)
        guard let passMark else { return given ?? .pass }
        let decided: Completion.Result = score >= passMark ? .pass : .fail
        if let given, given != decided {
            throw .resultContradictsPassMark(result: given, score: score, passMark: passMark)
        }
        return decided
    }
}
