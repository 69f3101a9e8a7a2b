import MusterCore

/// One change to the records. Every write to the store is a list of these, applied in one transaction
/// through `RecordStore.apply(_:actor:)`, each change appending an audit event.
public enum RecordCommand: Sendable, Equatable {
    case addOfficer(Officer)
    case editOfficer(badge: String, changes: OfficerChanges)
    /// Sets the status to `separated`; the officer and their history stay.
    case separateOfficer(badge: String)
    /// Upserts by badge; with `sync`, active and on-leave officers missing from `rows` are separated.
    case importOfficers(rows: [OfficerImportRow], sync: Bool)
    case assign(AssignmentRequest)
    /// Recorded against the module's newest loaded version; the result carries the new id.
    case recordCompletion(CompletionRequest)
    /// Many completions, optionally creating one class session they all belong to. Idempotent: an entry
    /// identical to a stored, non-voided completion (officer, module, date, result) is a duplicate.
    case recordRoster(RosterRequest)
    case voidCompletion(id: Int64, reason: String)
    case waive(WaiverRequest)
    case createSession(SessionRequest)
    case grantRole(login: String, role: Role)
    case revokeRole(login: String, role: Role)
    /// Adds module versions and curriculum entries not stored yet; never replaces a stored version.
    case loadCurriculum(Curriculum)
}

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

    public init(
        lastName: String? = nil, firstName: String? = nil, unit: String?? = nil, rank: String?? = nil,
        email: String?? = nil, login: String?? = nil, hireDate: CalendarDate?? = nil, status: Officer.Status? = nil
    ) {
        self.lastName = lastName
        self.firstName = firstName
        self.unit = unit
        self.rank = rank
        self.email = email
        self.login = login
        self.hireDate = hireDate
        self.status = status
    }

    func applied(to officer: Officer) -> Officer {
        var result = officer
        if let lastName { result.lastName = lastName }
        if let firstName { result.firstName = firstName }
        if let unit { result.unit = unit }
        if let rank { result.rank = rank }
        if let email { result.email = email }
        if let login { result.login = login }
        if let hireDate { result.hireDate = hireDate }
        if let status { result.status = status }
        return result
    }
}

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

    public init(
        badge: String, lastName: String, firstName: String, unit: String?? = nil, rank: String?? = nil,
        email: String?? = nil, login: String?? = nil, hireDate: CalendarDate?? = nil, status: Officer.Status? = nil
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
    }

    /// The officer this row describes, merged over the stored one when there is one.
    func officer(mergedOver existing: Officer?) -> Officer {
        let changes = OfficerChanges(
            lastName: lastName, firstName: firstName, unit: unit, rank: rank, email: email, login: login,
            hireDate: hireDate, status: status)
        return changes.applied(to: existing ?? Officer(badge: badge, lastName: lastName, firstName: firstName))
    }
}



public struct RosterRequest: Sendable, Equatable {
    public var entries: [CompletionRequest]
    /// When set, this session is created and every entry without its own session id joins it.
    public var session: SessionRequest?

    public init(entries: [CompletionRequest], session: SessionRequest? = nil) {
        self.entries = entries
        self.session = session
    }
}


public struct SessionRequest: Sendable, Equatable {
    public var moduleID: String
    public var heldOn: CalendarDate
    public var instructor: String?
    public var location: String?

    public init(moduleID: String, heldOn: CalendarDate, instructor: String? = nil, location: String? = nil) {
        self.moduleID = moduleID
        self.heldOn = heldOn
        self.instructor = instructor
        self.location = location
    }
}
