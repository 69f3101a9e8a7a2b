/// One row of an officers import. Optional columns absent from the file are nil here and leave a stored
/// officer's value alone; a column present but empty clears it (`.some(nil)`).
public struct OfficerImportRow: Sendable, Equatable {
    public var badge: String
    public var lastName: String
    public var firstName: String
    public var unit: String??
    public var rank: String??
    public var email: String??
    public var login: String??
    public var hireDate: CalendarDate??
    /// nil keeps a stored officer's status; new officers default to active.
    public var status: Officer.Status?
    /// The `post_id` column: the state's number for the officer.
    public var postID: String??

    public init(
        badge: String, lastName: String, firstName: String, unit: String?? = nil, rank: String?? = nil,
        email: String?? = nil, login: String?? = nil, hireDate: CalendarDate?? = nil, status: Officer.Status? = nil,
        postID: String?? = nil
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
    }

    /// The officer this row describes, merged over the stored one when there is one.
    public func officer(mergedOver existing: Officer?) -> Officer {
        let changes = OfficerChanges(
            lastName: lastName, firstName: firstName, unit: unit, rank: rank, email: email, login: login,
            hireDate: hireDate, status: status, postID: postID)
        return changes.applied(to: existing ?? Officer(badge: badge, lastName: lastName, firstName: firstName))
    }
}
