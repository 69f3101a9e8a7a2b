import ArgumentParser
import MusterCore
import MusterReports
import MusterStore

/// `muster plan --by DATE [--unit U]`: who must still complete what by DATE, most urgent first.
struct PlanCommand: RecordsCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan", abstract: "Who must still complete what by a date: program hours, courses and modules.",
        discussion: """
        For the program cycle holding --by and the records on file now: each officer's hours short toward each \
        program and each of its minimums, the once-every courses owed by the cycle's end, and the modules that \
        will not be current on --by (expired, overdue, assigned, failed). Most urgent first: the earliest day \
        owed, then the most hours short.

        Columns: badge, last_name, first_name, program (empty for a module), need (hours, minimum, course, \
        module), item (the minimum, the course's modules or the module; "total" for a program's hours), \
        hours_short (a number in JSON, null when a course or a module is owed), due_by, status (the program's or \
        the module's status on --by).
        """)

    @OptionGroup var store: StoreOptions
    @Option(help: ArgumentHelp("The day to plan for.", valueName: "YYYY-MM-DD")) var by: String
    @Option(help: "Only this unit.") var unit: String?
    @Option(help: ArgumentHelp(OutputFormat.help)) var format: OutputFormat = .table

    var need: AccessNeed { .read(.visibleRecords) }

    func run() throws {
        let session = try openSession()
        guard let day = try DateArgument.parse(by, option: "--by") else { throw ValidationError("--by needs a date") }
        let badge = session.access.visibleBadge
        let records = try session.reads(badge.map { .officer(badge: $0) } ?? .allRecords)
        let report = PlanReport(curriculum: try session.curriculum(), filter: OfficerFilter(unit: try unit.map(session.unit), badge: badge),
                                by: day)
        let printer = try RecordPrinter(format: format, columns: PlanReport.columns)
        // Rows are spelled on every core as they are judged; this thread sorts small keys and copies them in order.
        if let encoding = printer.encoding {
            try report.forEachSortedPiece(from: records, rows: { EncodedRows(encoding) }) { try printer.emit($0) }
        } else {
            let columnCount = PlanReport.columns.count
            try report.forEachSortedPiece(from: records, rows: { TextTable(columnCount: columnCount) }) { printer.emit($0) }
        }
        try printer.finish()
    }
}
