/// Whether an enrolled officer came to the class.
public enum Attendance: String, Sendable, Codable, CaseIterable {
    case present
    case absent
}

/// One officer enrolled in a class session, and, once marked, whether they came and their score.
public struct ClassEnrolment: Sendable, Equatable, Codable {
    public var sessionID: Int64
    public var badge: String
    public var enrolledOn: CalendarDate
    /// nil until marked.
    public var attendance: Attendance?
    public var score: Int?

    public init(sessionID: Int64, badge: String, enrolledOn: CalendarDate, attendance: Attendance? = nil, score: Int? = nil) {
        self.sessionID = sessionID
        self.badge = badge
        self.enrolledOn = enrolledOn
        self.attendance = attendance
        self.score = score
    }

    enum CodingKeys: String, CodingKey {
        case sessionID = "session_id"
        case badge
        case enrolledOn = "enrolled_on"
        case attendance, score
    }
}
