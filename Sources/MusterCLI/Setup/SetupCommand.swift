import ArgumentParser

/// `muster setup shared`: one host, one agency database, many logins whose roles hold.
struct SetupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "setup", abstract: "Set Muster up on a host shared by many logins.",
        subcommands: [SetupSharedCommand.self])
}
