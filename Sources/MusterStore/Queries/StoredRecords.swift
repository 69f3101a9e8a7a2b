import MusterCore

/// A class session: one delivery of a module on one day.
public struct ClassSession: Sendable, Equatable, Codable, Identifiable {
    public var id: Int64
    public var moduleID: String
    public var heldOn: CalendarDate
    public var instructor: String?
    public var location: String?

    public init(id: Int64, moduleID: String, heldOn: CalendarDate, instructor: String? = nil, location: String? = nil) {
        self.id = id
        self.moduleID = moduleID
        self.heldOn = heldOn
        self.instructor = instructor
        self.location = location
    }

    enum CodingKeys: String, CodingKey {
        case id
        case moduleID = "module_id"
        case heldOn = "held_on"
        case instructor, location
    }
}

/// One grant of a role to a login; a revoked grant stays on record with its revocation.
public struct RoleGrant: Sendable, Equatable, Codable, Identifiable {
    public var id: Int64
    public var login: String
    public var role: Role
    public var grantedAt: String
    public var grantedBy: String
    public var revokedAt: String?
    public var revokedBy: String?
    /// The agency a `liaison` grant is scoped to.
    public var agency: String?

    public var isActive: Bool { revokedAt == nil }

    public init(id: Int64, login: String, role: Role, grantedAt: String, grantedBy: String,
                revokedAt: String? = nil, revokedBy: String? = nil, agency: String? = nil) {
        self.agency = agency
        self.id = id
        self.login = login
        self.role = role
        self.grantedAt = grantedAt
        self.grantedBy = grantedBy
        self.revokedAt = revokedAt
        self.revokedBy = revokedBy
    }

    enum CodingKeys: String, CodingKey {
        case id, login, role
        case grantedAt = "granted_at"
        case grantedBy = "granted_by"
        case revokedAt = "revoked_at"
        case revokedBy = "revoked_by"
        case agency
    }
}

/// A completion with who voided it and when, for `officers show` and the audit view.
public struct CompletionRecord: Sendable, Equatable {
    public var completion: Completion
    public var voidedAt: String?
    public var voidedBy: String?

    public init(completion: Completion, voidedAt: String? = nil, voidedBy: String? = nil) {
        self.completion = completion
        self.voidedAt = voidedAt
        self.voidedBy = voidedBy
    }
}
