import ArgumentParser
import MusterCore
import MusterStore

/// `muster users list|grant|revoke`.
struct UsersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users", abstract: "List, grant and revoke roles (coordinator, instructor, officer, auditor, reviewer, liaison).",
        subcommands: [UsersListCommand.self, UsersGrantCommand.self, UsersRevokeCommand.self])
}

struct UsersListCommand: RecordsCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List role grants.")
    @OptionGroup var store: StoreOptions
    @Option(help: ArgumentHelp(OutputFormat.help)) var format: OutputFormat = .table
    @Flag(help: "Include revoked grants.") var all = false

    var need: AccessNeed { .read(.roleGrants) }

    func run() throws {
        let session = try openSession()
        let grants = try session.reads(.roleGrants).roleGrants().filter { all || $0.isActive }
        try RecordPrinter.print(
            format: format, columns: ["login", "role", "granted_at", "granted_by", "revoked_at", "revoked_by", "agency"],
            rows: grants.map { [$0.login, $0.role.rawValue, $0.grantedAt, $0.grantedBy, $0.revokedAt, $0.revokedBy, $0.agency] })
    }
}

struct UsersGrantCommand: RecordsCommand {
    static let configuration = CommandConfiguration(commandName: "grant", abstract: "Grant a role to a login.")
    @OptionGroup var store: StoreOptions
    @Argument(help: "The login.") var login: String
    @Argument(help: "coordinator, instructor, officer, auditor, reviewer or liaison.") var role: Role
    @Option(help: "With liaison: the partner agency whose officers' records the login may read.") var agency: String?
    @Option(help: "text or json.") var format: DocumentFormat = .text

    var need: AccessNeed { .write(.manageUsers) }

    func run() throws {
        let session = try openSession()
        if agency != nil, role != .liaison { throw MusterFailure.usage("--agency goes only with the liaison role") }
        let command: RecordCommand = agency.map { .grantLiaison(login: login, agency: $0) } ?? .grantRole(login: login, role: role)
        let results = try session.apply([command])
        let changed = if case .roleGranted(_, _, let changed)? = results.first { changed } else { true }
        try ResultOutput.print(format, changed ? "granted \(role.rawValue) to '\(login)'" + (agency.map { " for agency \($0)" } ?? "")
                                   : "'\(login)' already holds \(role.rawValue)",
                               json: ["login": .string(login), "role": .string(role.rawValue), "changed": .bool(changed),
                                      "agency": agency.map { .string($0) } ?? .null])
    }
}

struct UsersRevokeCommand: RecordsCommand {
    static let configuration = CommandConfiguration(commandName: "revoke", abstract: "Revoke a role from a login.")
    @OptionGroup var store: StoreOptions
    @Argument(help: "The login.") var login: String
    @Argument(help: "coordinator, instructor, officer, auditor, reviewer or liaison.") var role: Role
    @Option(help: "text or json.") var format: DocumentFormat = .text

    var need: AccessNeed { .write(.manageUsers) }

    func run() throws {
        let session = try openSession()
        try session.apply([.revokeRole(login: login, role: role)])
        try ResultOutput.print(format, "revoked \(role.rawValue) from '\(login)'",
                               json: ["login": .string(login), "role": .string(role.rawValue), "revoked": .bool(true)])
    }
}

extension Role: ExpressibleByArgument {}
