import MusterCore

/// A write the TUI asks the client to perform; each mirrors a CLI records command.
public enum RecordAction: Sendable, Equatable {
    case recordCompletion(CompletionEntry)
    case assign(AssignmentEntry)
    case waive(WaiverEntry)
    /// Voids a recorded completion; the reason is kept on the record.
    case void(completionID: Int64, reason: String)
    /// Records a whole class session's roster in one step.
    case recordClass(ClassRoster)
}

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

/// A module or certification to assign to an officer or a unit.
public struct AssignmentEntry: Sendable, Equatable {
    public var target: Assignment.Target
    public var assignee: Assignment.Assignee
    public var dueOn: CalendarDate?

    public init(target: Assignment.Target, assignee: Assignment.Assignee, dueOn: CalendarDate? = nil) {
        self.target = target
        self.assignee = assignee
        self.dueOn = dueOn
    }
}

/// A waiver to grant.
public struct WaiverEntry: Sendable, Equatable {
    public var badge: String
    public var moduleID: String
    public var reason: String
    /// Nil: from today.
    public var from: CalendarDate?
    /// Nil: open-ended.
    public var until: CalendarDate?

    public init(badge: String, moduleID: String, reason: String, from: CalendarDate? = nil, until: CalendarDate? = nil) {
        self.badge = badge
        self.moduleID = moduleID
        self.reason = reason
        self.from = from
        self.until = until
    }
}

/// A class session and who attended it, with results.
public struct ClassRoster: Sendable, Equatable {
    /// One line of the sign-in sheet.
    public struct Attendee: Sendable, Equatable {
        public var badge: String
        public var result: Completion.Result
        public var score: Int?

        public init(badge: String, result: Completion.Result = .pass, score: Int? = nil) {
            self.badge = badge
            self.result = result
            self.score = score
        }
    }

    public var moduleID: String
    public var date: CalendarDate
    public var instructor: String
    public var location: String
    public var attendees: [Attendee]

    public init(moduleID: String, date: CalendarDate, instructor: String, location: String, attendees: [Attendee]) {
        self.moduleID = moduleID
        self.date = date
        self.instructor = instructor
        self.location = location
        self.attendees = attendees
    }
}
