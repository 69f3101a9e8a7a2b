import ArgumentParser
import MusterCore
import MusterStore

struct OfficersImportCommand: RecordsCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Add or update officers from a CSV file (badge,last_name,first_name[,unit,rank,email,login,hire_date,status]).",
        discussion: """
        Every row is checked first; if any row is bad, nothing is written and every problem is listed as \
        file:line: field: problem. Text with a control character (NUL, tab, line break, escape) is refused, \
        as are dates outside 1900–2100 and bytes that are not UTF-8 (each reported at its line).
        Unit moves and status changes the file brings, and the separations --sync makes, are dated facts that \
        hold from --effective: statuses on earlier dates keep each officer as they were then.
        """
    )

    @OptionGroup var store: StoreOptions
    @Argument(help: ArgumentHelp("The CSV file.", valueName: "FILE.csv")) var file: String
    @Flag(help: "Check the file and show what would change, without writing.") var dryRun = false
    @Flag(help: "Separate active officers who are missing from the file.") var sync = false
    @Option(help: ArgumentHelp(
        "The first day the file's unit moves, status changes and --sync separations hold (default: today; not after today).",
        valueName: "YYYY-MM-DD"))
    var effective: String?
    @Option(help: "text or json.") var format: DocumentFormat = .text

    var need: AccessNeed { .write(.manageOfficers) }

    func run() throws {
        let session = try openSession()
        let effectiveOn = try DateArgument.parse(effective, option: "--effective")
        let outcome = try session.importOfficersCSV(path: file, sync: sync, effective: effectiveOn, dryRun: dryRun)
        guard outcome.problems.isEmpty, let summary = outcome.summary else {
            for problem in outcome.problems { try StandardStreams.error(problem.description) }
            throw MusterFailure.validation("\(outcome.problems.count) problem(s) in \(file); nothing was imported")
        }
        let verb = dryRun ? "would import" : "imported"
        try ResultOutput.print(
            format, "\(verb): \(summary.new) new, \(summary.updated) updated, \(summary.unchanged) unchanged, \(summary.separated) separated",
            json: ["dry_run": .bool(dryRun), "new": .int(summary.new), "updated": .int(summary.updated),
                   "unchanged": .int(summary.unchanged), "separated": .int(summary.separated)])
    }
}
