import MusterCore

/// One completion to record.
public struct CompletionEntry: Sendable, Equatable {
    public var badge: String
    public var moduleID: String
    public var completedOn: CalendarDate
    public var result: Completion.Result
    public var score: Int?
    public var hours: Double?
    public var instructor: String?

    public init(badge: String, moduleID: String, completedOn: CalendarDate, result: Completion.Result = .pass,
                score: Int? = nil, hours: Double? = nil, instructor: String? = nil) {
        self.badge = badge
        self.moduleID = moduleID
        self.completedOn = completedOn
        self.result = result
        self.score = score
        self.hours = hours
        self.instructor = instructor
    }
}
