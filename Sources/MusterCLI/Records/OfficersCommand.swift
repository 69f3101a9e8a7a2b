import ArgumentParser
import MusterCore
import MusterStore

/// `muster officers …`: the roster.
struct OfficersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "officers",
        abstract: "Import, list, show, add, edit and separate officers; print transcripts and certificates.",
        subcommands: [OfficersImportCommand.self, OfficersListCommand.self, OfficersShowCommand.self,
                      OfficersAddCommand.self, OfficersEditCommand.self, OfficersSeparateCommand.self,
                      OfficersTranscriptCommand.self, OfficersCertificateCommand.self]
    )
}

/// The officer fields every command prints, in the CSV column names of `officers import`.
enum OfficerColumns {
    /// `post_id` and then `agency` come last, after the columns `officers import` reads.
    static let names = ["badge", "last_name", "first_name", "unit", "rank", "email", "login", "hire_date", "status", "post_id", "agency"]

    static func values(_ officer: Officer) -> [String?] {
        [officer.badge, officer.lastName, officer.firstName, officer.unit, officer.rank, officer.email, officer.login,
         officer.hireDate?.iso, officer.status.rawValue, officer.postID, Agency.id(of: officer)]
    }
}

struct OfficersListCommand: RecordsCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List officers.")

    @OptionGroup var store: StoreOptions
    @Option(help: "Only this unit.") var unit: String?
    @Option(help: "Only officers whose badge or name contains this text, ignoring case, accents, punctuation and spacing.")
    var search: String?
    @Option(help: "Only this status: active, leave or separated.") var status: Officer.Status?
    @Option(help: "Only this agency's officers (`home` for the home agency).") var agency: String?
    @Option(help: "Sort by badge, name or unit.") var sort: OfficerQuery.Sort = .badge
    @Option(help: ArgumentHelp(OutputFormat.help)) var format: OutputFormat = .table

    var need: AccessNeed { .read(.visibleRecords) }

    func run() throws {
        let session = try openSession()
        let store = try session.reads(.visibleRecords)
        // An officer's login lists its own row only, a liaison's its agency's: the query itself is limited to them.
        let filter = OfficerFilter(search: search, unit: try unit.map(session.unit), badge: session.access.visibleBadge, statuses: status.map { [$0] },
                                   agency: try AgencyArgument.scope(agency, for: session))
        let officers = try store.officers(OfficerQuery(filter: filter, sort: sort, limit: Int.max))
        try RecordPrinter.print(format: format, columns: OfficerColumns.names, rows: officers.map(OfficerColumns.values))
    }
}

extension Officer.Status: ExpressibleByArgument {}
extension OfficerQuery.Sort: ExpressibleByArgument {}
