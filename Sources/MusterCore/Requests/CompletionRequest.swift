/// A request to record one completion; the store settles the version (the one in force on its date, unless
/// named) and, from a score, the result.
public struct CompletionRequest: Sendable, Equatable {
    public var badge: String
    public var moduleID: String
    /// nil means today.
    public var completedOn: CalendarDate?
    /// nil lets the score and the module's pass mark decide (pass when there is neither).
    public var result: Completion.Result?
    public var score: Int?
    public var hours: Double?
    public var instructor: String?
    public var sessionID: Int64?
    /// nil: the version in force on the completion date. A named version must be in force by that date.
    public var version: ModuleVersion?

    public init(
        badge: String, moduleID: String, completedOn: CalendarDate? = nil, result: Completion.Result? = nil,
        score: Int? = nil, hours: Double? = nil, instructor: String? = nil, sessionID: Int64? = nil,
        version: ModuleVersion? = nil
    ) {
        self.badge = badge
        self.moduleID = moduleID
        self.completedOn = completedOn
        self.result = result
        self.score = score
        self.hours = hours
        self.instructor = instructor
        self.sessionID = sessionID
        self.version = version
    }
}
