/// A class session to schedule: unlike a session recorded with its roster (`SessionRequest`), its day may lie
/// ahead, and it may have a start time and a number of seats.
public struct ClassScheduleRequest: Sendable, Equatable {
    public var moduleID: String
    public var heldOn: CalendarDate
    public var startsAt: ClassTime?
    public var location: String?
    public var instructor: String?
    /// nil: no limit.
    public var capacity: Int?
    /// Officers enrolled as it is scheduled (the Classes tab's sheet), within its capacity.
    public var enrol: [String]

    public init(moduleID: String, heldOn: CalendarDate, startsAt: ClassTime? = nil, location: String? = nil,
                instructor: String? = nil, capacity: Int? = nil, enrol: [String] = []) {
        self.moduleID = moduleID
        self.heldOn = heldOn
        self.startsAt = startsAt
        self.location = location
        self.instructor = instructor
        self.capacity = capacity
        self.enrol = enrol
    }
}

/// Attendance to mark for some of a session's enrolled officers.
public struct AttendanceRequest: Sendable, Equatable {
    public var sessionID: Int64
    public var badges: [String]
    public var attendance: Attendance
    /// Only with `present`.
    public var score: Int?

    public init(sessionID: Int64, badges: [String], attendance: Attendance, score: Int? = nil) {
        self.sessionID = sessionID
        self.badges = badges
        self.attendance = attendance
        self.score = score
    }
}

/// What recording a session's present officers did.
public struct ClassRecordSummary: Sendable, Equatable {
    /// Completions stored, in badge order of the enrolment.
    public var newIDs: [Int64] = []
    /// Present officers whose completion of this session was already on record (nothing written for them).
    public var alreadyOnRecord: [String] = []
    /// Enrolled officers marked absent or not marked, who get no completion.
    public var notPresent: [String] = []

    public init(newIDs: [Int64] = [], alreadyOnRecord: [String] = [], notPresent: [String] = []) {
        self.newIDs = newIDs
        self.alreadyOnRecord = alreadyOnRecord
        self.notPresent = notPresent
    }
}

/// What enrolling officers in a session did.
public struct EnrolmentSummary: Sendable, Equatable {
    public var added: [String] = []
    /// Officers already enrolled (nothing written for them).
    public var alreadyEnrolled: [String] = []

    public init(added: [String] = [], alreadyEnrolled: [String] = []) {
        self.added = added
        self.alreadyEnrolled = alreadyEnrolled
    }
}
