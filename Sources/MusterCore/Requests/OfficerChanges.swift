/// Fields to change on an officer: nil leaves a field alone; `.some(nil)` clears an optional field.
public struct OfficerChanges: Sendable, Equatable {
    public var lastName: String?
    public var firstName: String?
    public var unit: String??
    public var rank: String??
    public var email: String??
    public var login: String??
    public var hireDate: CalendarDate??
    public var status: Officer.Status?
    /// The state's number for the officer (`post_id`).
    public var postID: String??
    /// The first day a unit or status change holds (`--on`, or `--from` for a leave); nil: today.
    public var effectiveOn: CalendarDate?
    /// With `status: .leave`: the leave's last day (inclusive); nil: open until the officer returns.
    public var leaveUntil: CalendarDate?

    public init(
        lastName: String? = nil, firstName: String? = nil, unit: String?? = nil, rank: String?? = nil,
        email: String?? = nil, login: String?? = nil, hireDate: CalendarDate?? = nil, status: Officer.Status? = nil,
        effectiveOn: CalendarDate? = nil, leaveUntil: CalendarDate? = nil, postID: String?? = nil
    ) {
        self.lastName = lastName
        self.firstName = firstName
        self.unit = unit
        self.rank = rank
        self.email = email
        self.login = login
        self.hireDate = hireDate
        self.status = status
        self.effectiveOn = effectiveOn
        self.leaveUntil = leaveUntil
        self.postID = postID
    }

    public func applied(to officer: Officer) -> Officer {
        var result = officer
        if let lastName { result.lastName = lastName }
        if let firstName { result.firstName = firstName }
        if let unit { result.unit = unit }
        if let rank { result.rank = rank }
        if let email { result.email = email }
        if let login { result.login = login }
        if let hireDate { result.hireDate = hireDate }
        if let status { result.status = status }
        if let postID { result.postID = postID }
        return result
    }
}
