/// One line of `Curricula/triggers.yaml`: an event of `event`'s kind assigns `moduleID` to the officer,
/// due `withinDays` after the event, reported under `origin`.
public struct IncidentTrigger: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var event: IncidentKind
    public var moduleID: String
    public var withinDays: Int
    public var origin: AssignmentOrigin

    /// Days a trigger may allow: at least one, at most a year, since an event-triggered course that can wait
    /// longer is a routine one.
    public static let withinDaysRange = 1...366

    public init(id: String, event: IncidentKind, moduleID: String, withinDays: Int, origin: AssignmentOrigin) {
        self.id = id
        self.event = event
        self.moduleID = moduleID
        self.withinDays = withinDays
        self.origin = origin
    }

    /// The day an officer owes the module after an event on `day`.
    public func dueOn(after day: CalendarDate) -> CalendarDate {
        day.adding(days: withinDays)
    }

    enum CodingKeys: String, CodingKey {
        case id, event
        case moduleID = "assign"
        case withinDays = "within_days"
        case origin
    }
}
