import MusterCore

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
