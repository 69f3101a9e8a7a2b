import ArgumentParser
import MusterCore
import MusterReports
import MusterStore

/// `muster export roster|compliance`: the files receivers open.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Export completion rosters and compliance reports as CSV or JSON.",
        discussion: ExpiryDates.help + "\n" + OutputFormat.formulaCells,
        subcommands: [ExportRosterCommand.self, ExportComplianceCommand.self, ExportRosterPDFCommand.self])
}

/// What the two expiry columns of every status and export mean, said the same way in each command's help.
enum ExpiryDates {
    static let help = """
        expires_on: the first day that no longer counts; valid_through: the last day that counts. \
        Failed rows (a failed completion, a failed requirement) have neither.
        """
}

/// Options every export takes.
struct ExportOptions: ParsableArguments {
    @Option(help: "Only this module.") var module: String?
    @Option(help: "Only this unit.") var unit: String?
    @Option(help: ArgumentHelp("Only completions on or after this date.", valueName: "YYYY-MM-DD")) var from: String?
    @Option(help: ArgumentHelp("Only completions on or before this date.", valueName: "YYYY-MM-DD")) var to: String?
    @Option(help: "csv or json.") var format: ExportFormat = .csv
    @Option(name: .short, help: ArgumentHelp(
        "Write to FILE (atomically, created 0600) instead of standard output. Never the database or its -wal/-shm/-journal, "
            + "never through a symbolic link; an existing FILE only with --force (it keeps its mode and owner).",
        valueName: "FILE"))
    var output: String?
    @Flag(help: "With -o: replace FILE if it exists.") var force = false
    @Flag(help: "CSV for spreadsheet programs: UTF-8 byte-order mark and CRLF line ends.") var excel = false

    func range() throws -> (CalendarDate?, CalendarDate?) {
        (try DateArgument.parse(from, option: "--from"), try DateArgument.parse(to, option: "--to"))
    }

    /// Streams the report to the chosen output in the chosen format; a regular file appears only when complete.
    func write(_ report: ExportReport, from store: SQLiteRecordStore) throws {
        let (count, isAtomic) = try ReportExport.write(report, from: store, to: output, replacing: force,
                                                       as: format == .json ? .json : .csv(excel: excel))
        if let output, isAtomic { try StandardStreams.error("wrote \(count) row(s) to \(output)") }
    }
}

enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case csv, json
}

struct ExportRosterCommand: RecordsCommand {
    static let configuration = CommandConfiguration(
        commandName: "roster", abstract: "One row per completion on record (voided ones left out).",
        discussion: """
            Columns: badge, last_name, first_name, unit, module_id, module_title, module_version, completed_on, \
            result, score, hours, instructor, expires_on, valid_through, post_id.
            \(ExpiryDates.help)
            \(ExportProfileRoster.help)
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var export: ExportOptions
    @Option(help: ArgumentHelp("A receiver's roster shape: profiles/NAME.yaml of the curricula (it decides the file type).",
                               valueName: "NAME"))
    var profile: String?
    @OptionGroup var curricula: CurriculaOptions
    @Option(help: "Only this agency's officers (`home` for the home agency; see `muster agencies list`).") var agency: String?

    var need: AccessNeed { .read(.export) }

    func run() throws {
        let session = try openSession()
        let (from, to) = try export.range()
        if let agency { try AgencyArgument.check(agency, in: session) }
        let filter = RosterExportFilter(moduleID: export.module, unit: try export.unit.map(session.unit), from: from, to: to,
                                        agency: agency)
        if let profile {
            return try ExportProfileRoster.write(profileName: profile, curricula: curricula, filter: filter, export: export,
                                                 store: try session.reads(.export))
        }
        try export.write(.roster(filter), from: try session.reads(.export))
    }
}

struct ExportComplianceCommand: RecordsCommand {
    static let configuration = CommandConfiguration(
        commandName: "compliance", abstract: "One row per active officer and requirement, with its status as of a date.",
        discussion: """
            Columns: badge, last_name, first_name, unit, module_id, module_title, status, completed_on, expires_on, \
            due_on, valid_through, post_id.
            \(ExpiryDates.help)
            With --programs: one row per officer and assigned state program, for the cycle holding --as-of. \
            Columns: badge, last_name, first_name, unit, program, cycle_start, cycle_end, hours_required, \
            hours_earned, minimums (name earned/required; …), previous_cycle, status (see `muster status --help`).
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var export: ExportOptions
    @Option(name: .customLong("as-of"), help: ArgumentHelp("The date to judge on (default: today).", valueName: "YYYY-MM-DD"))
    var asOf: String?
    @Flag(help: "State programs' hours per cycle instead of modules.") var programs = false

    var need: AccessNeed { .read(.export) }

    func run() throws {
        let session = try openSession()
        let day = try DateArgument.parse(asOf, option: "--as-of") ?? .today()
        let (from, to) = try export.range()
        let store = try session.reads(.export)
        let query = ComplianceQuery(curriculum: try session.curriculum(), asOf: day, moduleID: export.module,
                                    unit: try export.unit.map(session.unit), from: from, to: to)
        try export.write(programs ? .programCompliance(query) : .compliance(query), from: store)
    }
}
