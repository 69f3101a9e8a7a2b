import ArgumentParser
import MusterCore
import MusterStore

/// `muster officers …`: the roster.
struct OfficersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "officers",
        abstract: "Import, list, show, add, edit and separate officers.",
        subcommands: [OfficersImportCommand.self, OfficersListCommand.self, OfficersShowCommand.self,
                      OfficersAddCommand.self, OfficersEditCommand.self, OfficersSeparateCommand.self]
    )
}

/// The officer fields every command prints, in the CSV column names of `officers import`.
enum OfficerColumns {
    static let names = ["badge", "last_name", "first_name", "unit", "rank", "email", "login", "hire_date", "status"]

    static func values(_ officer: Officer) -> [String?] {
        [officer.badge, officer.lastName, officer.firstName, officer.unit, officer.rank, officer.email, officer.login,
         officer.hireDate?.iso, officer.status.rawValue]
    }
}

struct OfficersImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Add or update officers from a CSV file (badge,last_name,first_name[,unit,rank,email,login,hire_date,status]).",
        discussion: "Every row is checked first; if any row is bad, nothing is written and every problem is listed as file:line: field: problem."
    )

    @OptionGroup var store: StoreOptions
    @Argument(help: ArgumentHelp("The CSV file.", valueName: "FILE.csv")) var file: String
    @Flag(help: "Check the file and show what would change, without writing.") var dryRun = false
    @Flag(help: "Separate active officers who are missing from the file.") var sync = false

    func run() throws {
        let session = try Session.open(store)
        let outcome = try session.store.importOfficersCSV(path: file, sync: sync, dryRun: dryRun, as: session.access)
        guard outcome.problems.isEmpty, let summary = outcome.summary else {
            for problem in outcome.problems { StandardStreams.error(problem.description) }
            throw MusterFailure.validation("\(outcome.problems.count) problem(s) in \(file); nothing was imported")
        }
        let verb = dryRun ? "would import" : "imported"
        StandardStreams.out("\(verb): \(summary.new) new, \(summary.updated) updated, \(summary.unchanged) unchanged, "
                            + "\(summary.separated) separated")
    }
}

struct OfficersListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List officers.")

    @OptionGroup var store: StoreOptions
    @Option(help: "Only this unit.") var unit: String?
    @Option(help: "Only officers whose badge or name contains this text.") var search: String?
    @Option(help: "Only this status: active, leave or separated.") var status: Officer.Status?
    @Option(help: "Sort by badge, name or unit.") var sort: OfficerQuery.Sort = .badge
    @Option(help: "table, csv or json.") var format: OutputFormat = .table

    func run() throws {
        let session = try Session.open(store)
        let store = try session.reads(.allRecords)
        let filter = OfficerFilter(search: search, unit: unit, statuses: status.map { [$0] })
        let officers = try store.officers(OfficerQuery(filter: filter, sort: sort, limit: Int.max))
        try RecordPrinter.print(format: format, columns: OfficerColumns.names, rows: officers.map(OfficerColumns.values))
    }
}

struct OfficersShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one officer and their training history.")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The officer's badge.") var badge: String
    @Option(help: "text or json.") var format: DocumentFormat = .text

    func run() throws {
        let session = try Session.open(store)
        let store = try session.reads(.officer(badge: badge))
        let officer = try session.officer(badge)
        let completions = try store.completions(badge: badge)
        let waivers = try store.waivers(badge: badge)
        switch format {
        case .json:
            StandardStreams.out(try JSONOutput.string(OfficerJSON(officer: officer, completions: completions, waivers: waivers)))
        case .text:
            var lines = [
                "\(officer.displayName)  (badge \(officer.badge))",
                "unit: \(officer.unit ?? "—")   rank: \(officer.rank ?? "—")   status: \(officer.status.rawValue)",
                "email: \(officer.email ?? "—")   login: \(officer.login ?? "—")   hired: \(officer.hireDate?.iso ?? "—")",
                "",
                "History:",
            ]
            var table = TextTable(["ID", "MODULE", "VERSION", "COMPLETED", "RESULT", "SCORE", "NOTE"])
            for record in completions {
                let completion = record.completion
                table.append([String(completion.id), completion.moduleID, completion.moduleVersion.description,
                              completion.completedOn.iso, completion.result.rawValue, completion.score.map(String.init) ?? "",
                              completion.voidReason.map { "VOIDED: \($0)" } ?? ""])
            }
            lines.append(completions.isEmpty ? "  no completions recorded" : table.render())
            if !waivers.isEmpty {
                lines += ["", "Waivers:"] + waivers.map {
                    "  #\($0.id) \($0.moduleID) from \($0.from) until \($0.until?.iso ?? "open-ended") — \($0.reason)"
                }
            }
            StandardStreams.out(lines.joined(separator: "\n"))
        }
    }
}

/// The JSON shape of `officers show`.
struct OfficerJSON: Encodable {
    var officer: Officer
    var completions: [Completion]
    var waivers: [Waiver]

    init(officer: Officer, completions: [CompletionRecord], waivers: [Waiver]) {
        self.officer = officer
        self.completions = completions.map(\.completion)
        self.waivers = waivers
    }
}

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
}

struct OfficersAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Add one officer.")

    @OptionGroup var store: StoreOptions
    @Option(help: "The agency's unique id for the officer.") var badge: String
    @OptionGroup var fields: OfficerFieldOptions

    func run() throws {
        guard let lastName = fields.lastName, let firstName = fields.firstName else {
            throw MusterFailure.usage("--last-name and --first-name are required")
        }
        let session = try Session.open(store)
        let officer = Officer(
            badge: badge, lastName: lastName, firstName: firstName, unit: fields.unit, rank: fields.rank, email: fields.email,
            login: fields.login, hireDate: try DateArgument.parse(fields.hireDate, option: "--hire-date"),
            status: fields.status ?? .active)
        try session.apply([.addOfficer(officer)])
        StandardStreams.out("added officer \(badge): \(officer.displayName)")
    }
}

struct OfficersEditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit", abstract: "Change an officer's details (only the fields given).",
        discussion: "Give an empty value (--unit '') to clear an optional field.")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The officer's badge.") var badge: String
    @OptionGroup var fields: OfficerFieldOptions

    func run() throws {
        let session = try Session.open(store)
        func clearable(_ value: String?) -> String?? { value.map { $0.isEmpty ? String?.none : String?.some($0) } }
        var hireDate: CalendarDate??
        if let text = fields.hireDate {
            hireDate = text.isEmpty ? .some(nil) : .some(try DateArgument.parse(text, option: "--hire-date"))
        }
        let changes = OfficerChanges(
            lastName: fields.lastName, firstName: fields.firstName, unit: clearable(fields.unit), rank: clearable(fields.rank),
            email: clearable(fields.email), login: clearable(fields.login), hireDate: hireDate, status: fields.status)
        let results = try session.apply([.editOfficer(badge: badge, changes: changes)])
        if case .officerEdited(_, let changed)? = results.first, !changed {
            StandardStreams.out("officer \(badge) unchanged")
        } else {
            StandardStreams.out("updated officer \(badge)")
        }
    }
}

struct OfficersSeparateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "separate", abstract: "Mark an officer as separated; their history stays.")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The officer's badge.") var badge: String

    func run() throws {
        let session = try Session.open(store)
        try session.apply([.separateOfficer(badge: badge)])
        StandardStreams.out("officer \(badge) separated")
    }
}

extension Officer.Status: ExpressibleByArgument {}
extension OfficerQuery.Sort: ExpressibleByArgument {}
