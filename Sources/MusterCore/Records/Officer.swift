/// A sworn or civilian member of the agency. `badge` is the agency's unique id and never changes.
public struct Officer: Hashable, Sendable, Codable, Identifiable {
    public enum Status: String, CaseIterable, Sendable, Codable {
        case active, leave, separated
    }

    public var badge: String
    public var lastName: String
    public var firstName: String
    public var unit: String?
    public var rank: String?
    public var email: String?
    /// The system login that identifies this officer as the acting user.
    public var login: String?
    public var hireDate: CalendarDate?
    public var status: Status
    /// The state's number for the officer (TCOLE PID, California POST ID, Oregon DPSST number), which roster
    /// profiles with `officer_id: post_id` print; text, so leading zeros stay.
    public var postID: String?
    /// The partner agency the officer belongs to (`Agency`); nil for the home agency. Set when the officer is
    /// added and never changed, so every day's judgement reads the same agency.
    public var agency: String?

    public var id: String { badge }

    /// "Last, First" as rosters print it.
    public var displayName: String { "\(lastName), \(firstName)" }

    public init(
        badge: String, lastName: String, firstName: String, unit: String? = nil, rank: String? = nil,
        email: String? = nil, login: String? = nil, hireDate: CalendarDate? = nil, status: Status = .active,
        postID: String? = nil, agency: String? = nil
    ) {
        self.badge = badge
        self.lastName = lastName
        self.firstName = firstName
        self.unit = unit
        self.rank = rank
        self.email = email
        self.login = login
        self.hireDate = hireDate
        self.status = status
        self.postID = postID
        self.agency = agency
    }

    enum CodingKeys: String, CodingKey {
        case badge
        case lastName = "last_name"
        case firstName = "first_name"
        case unit, rank, email, login
        case hireDate = "hire_date"
        case status
        case postID = "post_id"
        case agency
    }
}
