import MusterCore

/// Every refusal the store makes, typed so the CLI can print it and pick an exit code
/// (`isStorageFailure` → 3, everything else is a validation or rule failure → 1).
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownBadge(String)
    case unknownModule(String)
    case unknownCertification(String)
    /// Neither a module nor a certification has this id.
    case unknownModuleOrCertification(String)
    case unknownUnit(String)
    case unknownCompletion(Int64)
    case unknownSession(Int64)
    case duplicateBadge(String)
    /// A rule about the record (`RecordRules`) refused it.
    case rule(RuleViolation)
    /// A rule about a class session (`ClassRules`) refused it.
    case classRule(ClassRuleViolation)
    /// The acting login may not run the command (`AccessPolicy`).
    case accessDenied(AccessDenied)
    case alreadyVoided(id: Int64, reason: String)
    case alreadySeparated(String)
    /// A completion dated after the separation in force of the officer it names.
    case completionAfterSeparation(badge: String, completedOn: CalendarDate, separatedOn: CalendarDate)
    case invalidField(field: String, problem: String)
    case roleNotHeld(login: String, role: Role)
    /// The database has a migration this build does not know.
    case newerDatabase(migration: String)
    /// The database was made by a development build, with migrations no release has.
    case developmentDatabase(path: String, migration: String)
    /// SQLite or the file system failed (locked past the busy timeout, disk full, unreadable file).
    case storage(String)

    public var description: String {
        switch self {
        case .unknownBadge(let badge): "unknown badge '\(badge)'"
        case .unknownModule(let id): "unknown module '\(id)'"
        case .unknownCertification(let id): "unknown certification '\(id)'"
        case .unknownModuleOrCertification(let id): "unknown module or certification '\(id)'"
        case .unknownUnit(let unit): "unknown unit '\(unit)' (no officer belongs to it)"
        case .unknownCompletion(let id): "unknown completion \(id)"
        case .unknownSession(let id): "unknown class session \(id)"
        case .duplicateBadge(let badge): "badge '\(badge)' already exists"
        case .rule(let violation): violation.description
        case .classRule(let violation): violation.description
        case .accessDenied(let denied): denied.description
        case .alreadyVoided(let id, let reason): "completion \(id) is already voided (\(reason))"
        case .alreadySeparated(let badge): "officer '\(badge)' is already separated"
        case .completionAfterSeparation(let badge, let completedOn, let separatedOn):
            "completed_on \(completedOn) is after officer '\(badge)' separated on \(separatedOn)"
        case .invalidField(let field, let problem): "\(field): \(problem)"
        case .roleNotHeld(let login, let role): "'\(login)' does not hold the role \(role.rawValue)"
        case .newerDatabase(let migration):
            "this database was written by a newer version of Muster (migration '\(migration)'); upgrade Muster"
        case .developmentDatabase(let path, let migration):
            "\(path) was made by a development build of Muster (migration '\(migration)') and this one cannot open it: "
                + "delete it and create it again with `muster init` (a deleted demo agency is rebuilt on its next use)"
        case .storage(let message): message
        }
    }

    /// Storage failures map to exit code 3; everything else is a rule or validation failure (exit 1).
    public var isStorageFailure: Bool {
        if case .storage = self { return true }
        return false
    }
}
