import ArgumentParser
import MusterCore
import MusterStore

/// Officer fields as options, shared by `add` and `edit`.
struct OfficerFieldOptions: ParsableArguments {
    @Option(help: "Last name.") var lastName: String?
    @Option(help: "First name.") var firstName: String?
    @Option(help: "Unit.") var unit: String?
    @Option(help: "Rank.") var rank: String?
    @Option(help: "Email.") var email: String?
    @Option(help: "System login that identifies the officer.") var login: String?
    @Option(help: ArgumentHelp("Hire date.", valueName: "YYYY-MM-DD")) var hireDate: String?
    @Option(help: "active, leave or separated.") var status: Officer.Status?
    @Option(help: ArgumentHelp("The state's number for the officer (TCOLE PID, POST ID, DPSST number), for roster profiles.",
                               valueName: "ID"))
    var postID: String?
}

struct OfficersAddCommand: RecordsCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Add one officer.")

    @OptionGroup var store: StoreOptions
    @Option(help: "The agency's unique id for the officer.") var badge: String
    @OptionGroup var fields: OfficerFieldOptions
    @Option(help: "text or json.") var format: DocumentFormat = .text
    @Option(help: "The officer's agency: a partner agency's id (`muster agencies list`), or home (the default).")
    var agency: String = Agency.homeID

    var need: AccessNeed { .write(.manageOfficers) }

    func run() throws {
        let session = try openSession()
        guard let lastName = fields.lastName, let firstName = fields.firstName else {
            throw MusterFailure.usage("--last-name and --first-name are required")
        }
        let officer = Officer(
            badge: badge, lastName: lastName, firstName: firstName, unit: fields.unit, rank: fields.rank, email: fields.email,
            login: fields.login, hireDate: try DateArgument.parse(fields.hireDate, option: "--hire-date"),
            status: fields.status ?? .active, postID: fields.postID.flatMap { $0.isEmpty ? nil : $0 },
            agency: agency == Agency.homeID ? nil : agency)
        try session.apply([.addOfficer(officer)])
        try ResultOutput.print(format, "added officer \(badge): \(officer.displayName)" + (officer.agency.map { " (agency \($0))" } ?? ""),
                               json: ["badge": .string(badge), "added": .bool(true), "agency": .string(officer.agency ?? Agency.homeID)])
    }
}
