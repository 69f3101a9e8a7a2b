/// A request to place a program on an officer or a unit (`muster assign PROGRAM`).
public struct ProgramAssignmentRequest: Sendable, Equatable {
    public var programID: String
    public var assignee: Assignment.Assignee
    /// nil means today.
    public var assignedOn: CalendarDate?
    /// The first day it applies; nil means the day it is made.
    public var from: CalendarDate?

    public init(programID: String, assignee: Assignment.Assignee, assignedOn: CalendarDate? = nil, from: CalendarDate? = nil) {
        self.programID = programID
        self.assignee = assignee
        self.assignedOn = assignedOn
        self.from = from
    }
}

/// A request to excuse an officer from a program over a period (`muster waive PROGRAM`), with the reason.
public struct ProgramWaiverRequest: Sendable, Equatable {
    public var badge: String
    public var programID: String
    public var reason: String
    public var from: CalendarDate
    /// Inclusive last day.
    public var until: CalendarDate

    public init(badge: String, programID: String, reason: String, from: CalendarDate, until: CalendarDate) {
        self.badge = badge
        self.programID = programID
        self.reason = reason
        self.from = from
        self.until = until
    }
}
