/// What makes two completions the same attempt: the officer, the module, the day and the result. An entry that is
/// the same attempt as a completion on record (not voided), or as an earlier entry of the same roster, is a
/// duplicate and is not stored again, so recording a class roster twice adds nothing. The version, score, hours
/// and instructor do not make an attempt different.
public struct CompletionAttempt: Hashable, Sendable {
    public var badge: String
    public var moduleID: String
    public var completedOn: CalendarDate
    public var result: Completion.Result

    public init(badge: String, moduleID: String, completedOn: CalendarDate, result: Completion.Result) {
        self.badge = badge
        self.moduleID = moduleID
        self.completedOn = completedOn
        self.result = result
    }

    public init(_ completion: Completion) {
        self.init(badge: completion.badge, moduleID: completion.moduleID, completedOn: completion.completedOn,
                  result: completion.result)
    }

    /// Whether `completion` records this attempt: the same attempt, and not voided.
    public func isRecorded(by completion: Completion) -> Bool {
        completion.voidReason == nil && CompletionAttempt(completion) == self
    }
}
