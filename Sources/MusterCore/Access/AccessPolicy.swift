/// Who may do what: the one table both the CLI and the TUI consult, so a refusal reads the same in both.
public struct AccessPolicy: Sendable, Equatable {
    /// The login acting now.
    public var login: String
    /// Roles granted to the login in this database.
    public var roles: Set<Role>
    /// The officer whose `login` matches, if any: that officer may always read their own records.
    public var ownBadge: String?

    public init(login: String, roles: Set<Role>, ownBadge: String?) {
        self.login = login
        self.roles = roles
        self.ownBadge = ownBadge
    }

    public static func permissions(of role: Role) -> Set<Permission> {
        switch role {
        case .coordinator: Set(Permission.allCases)
        case .instructor: [.readAllRecords, .recordCompletions, .voidCompletions]
        case .auditor: [.readAllRecords, .export, .audit]
        case .officer: []
        }
    }

    public func allows(_ permission: Permission) -> Bool {
        roles.contains { Self.permissions(of: $0).contains(permission) }
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
}
