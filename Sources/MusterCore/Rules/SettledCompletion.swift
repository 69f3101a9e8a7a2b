/// A completion request as the rules settle it before it is stored: the day (today when not given), the result
/// (from the score and the pass mark), checked hours and a trimmed instructor. What exists in the records (the
/// badge, the module, the session) is the store's to check.
public struct SettledCompletion: Sendable, Equatable {
    public var completedOn: CalendarDate
    public var result: Completion.Result
    public var score: Int?
    public var hours: Double?
    public var instructor: String?

    /// Checks in a fixed order (the day, the result, the hours), so a request that breaks several rules is
    /// always refused for the same one.
    public init(settling request: CompletionRequest, passMark: Int?, today: CalendarDate) throws(RuleViolation) {
        let completedOn = request.completedOn ?? today
        try RecordRules.notInFuture(completedOn, field: "completed_on", today: today)
        result = try RecordRules.decideResult(given: request.result, score: request.score, passMark: passMark)
        if let hours = request.hours { try RecordRules.checkHours(hours) }
        let instructor = request.instructor?.trimmedWhitespace()
        self.completedOn = completedOn
        score = request.score
        hours = request.hours
        self.instructor = instructor?.isEmpty == false ? instructor : nil
    }
}
