import ArgumentParser
import MusterCore
import MusterReports
import MusterStore

/// `muster export roster-pdf -o FILE.pdf`: the completion roster on paper.
struct ExportRosterPDFCommand: RecordsCommand {
    static let configuration = CommandConfiguration(
        commandName: "roster-pdf", abstract: "The completion roster (as `export roster`) as a printable PDF.")

    @OptionGroup var store: StoreOptions
    @Option(help: "Only this module.") var module: String?
    @Option(help: "Only this unit.") var unit: String?
    @Option(help: ArgumentHelp("Only completions on or after this date.", valueName: "YYYY-MM-DD")) var from: String?
    @Option(help: ArgumentHelp("Only completions on or before this date.", valueName: "YYYY-MM-DD")) var to: String?
    @OptionGroup var paper: PaperOutputOptions

    var need: AccessNeed { .read(.export) }

    func run() throws {
        let session = try openSession()
        let filter = RosterExportFilter(moduleID: module, unit: try unit.map(session.unit), from: try DateArgument.parse(from, option: "--from"),
                                        to: try DateArgument.parse(to, option: "--to"))
        let (html, rows) = try RosterDocument.html(from: try session.reads(.export), filter: filter, generatedOn: .today())
        try paper.write(html, database: session.path, what: "\(rows) row(s)")
    }
}
