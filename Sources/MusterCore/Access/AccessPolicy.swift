/// Who may do what: the one table both the CLI and the TUI consult, so a refusal reads the same in both.
public struct AccessPolicy: Sendable, Equatable {
    /// The login acting now.
    public var login: String
    /// Roles granted to the login in this database.
    public var roles: Set<Role>
    /// The officer whose `login` matches, if any: that officer may always read their own records.
    public var ownBadge: String?
    /// The partner agency a `liaison` grant names: the login may read that agency's officers' records.
    public var liaisonAgency: String?

    public init(login: String, roles: Set<Role>, ownBadge: String?, liaisonAgency: String? = nil) {
        self.login = login
        self.roles = roles
        self.ownBadge = ownBadge
        self.liaisonAgency = roles.contains(.liaison) ? liaisonAgency : nil
    }

    public static func permissions(of role: Role) -> Set<Permission> {
        switch role {
        case .coordinator: Set(Permission.allCases)
        case .instructor: [.readAllRecords, .recordCompletions, .voidCompletions]
        case .auditor: [.readAllRecords, .export, .audit, .readIncidents]
        // A liaison's reads are scoped to its agency (`visibleAgency`), not granted by a permission.
        case .officer, .liaison: []
        case .reviewer: [.reviewCurricula]
        }
    }

    public func allows(_ permission: Permission) -> Bool {
        roles.contains { Self.permissions(of: $0).contains(permission) }
    }

    /// The one badge a read of `visibleRecords` is limited to: the login's own when it may not read everyone's.
    public var visibleBadge: String? {
        allows(.readAllRecords) || visibleAgency != nil ? nil : ownBadge
    }

    /// The one agency a read of `visibleRecords` is limited to: the liaison's, when the login may not read
    /// everyone's. The store's read path narrows its queries to it, as it does to `visibleBadge`.
    public var visibleAgency: String? {
        allows(.readAllRecords) ? nil : liaisonAgency
    }

    /// Whether the login may read the given officer's records.
    public func mayRead(badge: String) -> Bool {
        allows(.readAllRecords) || badge == ownBadge
    }

    /// Nil when allowed; otherwise the sentence that says why not and how to get access.
    public func refusal(for permission: Permission) -> String? {
        guard !allows(permission) else { return nil }
        let held = roles.isEmpty
            ? (ownBadge.map { "is officer \($0) with no other role" } ?? "has no role in this database")
            : "holds only \(roles.map(\.rawValue).sorted().joined(separator: ", "))"
        let roles = Role.allCases.filter { Self.permissions(of: $0).contains(permission) }.map(\.rawValue)
        return "login '\(login)' may not \(permission.rawValue): it \(held); "
            + "a coordinator can grant \(roles.joined(separator: " or ")) with `muster users grant \(login) ROLE`"
    }

    /// Nil when the login may read `badge`'s records; otherwise why not.
    public func readRefusal(badge: String) -> String? {
        mayRead(badge: badge) ? nil
            : "login '\(login)' may read only its own records" + (ownBadge.map { " (officer \($0))" } ?? "")
    }

    /// Nil when the login may make this read; otherwise why not.
    public func refusal(reading read: RecordRead) -> String? {
        switch read {
        case .allRecords: refusal(for: .readAllRecords)
        case .visibleRecords: ownBadge == nil && visibleAgency == nil ? refusal(for: .readAllRecords) : nil
        case .officer(let badge): readRefusal(badge: badge)
        case .agencyOfficer(let badge, let agency):
            mayRead(badge: badge) || (visibleAgency != nil && visibleAgency == agency) ? nil
                : "login '\(login)' may read only agency '\(visibleAgency ?? "?")' officers' records"

        case .export: refusal(for: .export)
        case .auditTrail: refusal(for: .audit)
        case .roleGrants: refusal(for: .manageUsers)
        case .curriculumReviews: nil
        }
    }

    /// Throws the refusal when the login may not run every one of the commands.
    public func check(_ commands: [RecordCommand]) throws(AccessDenied) {
        for command in commands {
            if let refusal = refusal(for: command.permission) { throw AccessDenied(refusal) }
        }
    }

    /// Throws the refusal when the login may not make this read.
    public func check(_ read: RecordRead) throws(AccessDenied) {
        if let refusal = refusal(reading: read) { throw AccessDenied(refusal) }
    }

    /// A login holding every role's rights: the one who creates a database that has no users yet (`muster init`,
    /// `muster demo`), and tests.
    public static func coordinator(_ login: String) -> AccessPolicy {
        AccessPolicy(login: login, roles: [.coordinator], ownBadge: nil)
    }
}
