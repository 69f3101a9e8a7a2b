import ArgumentParser
import MusterCore
import MusterStore

/// `muster agencies add|list`: partner agencies whose officers train with the home agency.
struct AgenciesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agencies", abstract: "Add and list partner agencies (joint training).",
        discussion: """
            A partner agency's officers (`officers add --agency ID`) may be enrolled in classes and recorded, but are \
            never given the home agency's unit assignments and never appear in its status or compliance reports. \
            A liaison login (`users grant LOGIN liaison --agency ID`) reads only its agency's officers' records.
            """,
        subcommands: [AgenciesAddCommand.self, AgenciesListCommand.self])
}

struct AgenciesAddCommand: RecordsCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a partner agency.")
    @OptionGroup var store: StoreOptions
    @Argument(help: "The agency's id (not `home`, the home agency's).") var id: String
    @Option(help: "The agency's name.") var name: String

    var need: AccessNeed { .write(.manageOfficers) }

    func run() throws {
        let session = try openSession()
        try session.apply([.addAgency(Agency(id: id, name: name))])
        try StandardStreams.out("added agency \(id): \(name)")
    }
}

struct AgenciesListCommand: RecordsCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the home and partner agencies.")
    @OptionGroup var store: StoreOptions
    @Option(help: ArgumentHelp(OutputFormat.help)) var format: OutputFormat = .table

    var need: AccessNeed { .read(.allRecords) }

    func run() throws {
        let session = try openSession()
        let store = try session.reads(.allRecords)
        let partners = try store.agencies()
        let rows: [[String?]] = [[Agency.homeID, "home agency", "home", String(try store.homeOfficerCount())]]
            + partners.map { [$0.agency.id, $0.agency.name, "partner", String($0.officers)] }
        try RecordPrinter.print(format: format, columns: ["id", "name", "kind", "officers"], rows: rows)
    }
}
