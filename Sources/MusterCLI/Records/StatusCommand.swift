import ArgumentParser
import MusterCore
import MusterReports
import MusterStore

/// `muster status`: every requirement's status as of a date, with the reason in words on request.
struct StatusCommand: RecordsCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Certification status of officers' requirements as of a date.",
        discussion: """
        Module statuses: waived, current, expiring, expired, overdue, assigned, failed, on-leave.
        Certification statuses (--certifications): suspended, certified, expiring, lapsed, in-progress, \
        not-started.
        Officers are listed on the days they served: hired by then and not separated (a separation counts from \
        its --on date, so an officer separated since is still judged on earlier dates).

        \(ExpiryDates.help)
        With --certifications, certified_until is the first day no longer certified and certified_through \
        the last day certified.

        Columns: badge, module, status, completed_on, expires_on, due_on, valid_through, origin (routine, remedial, \
        post-incident: why the module is required; --origin keeps one); with \
        --certifications: badge, certification, status, certified_until, certified_through; --explain adds \
        reason and notes. A table also names each officer and the unit they were in on the day, after the badge.

        \(ProgramStatusRun.help)

        \(StatusRulesHelp.text())
        """
    )

    @OptionGroup var store: StoreOptions
    @Option(help: "Only this officer.") var officer: String?
    @Option(help: "Only this unit.") var unit: String?
    @Option(help: "Only this agency's officers: home (the default) or a partner agency's id.") var agency: String?
    @Option(help: "Only module rows of this origin: routine, remedial or post-incident.") var origin: AssignmentOrigin?
    @Option(name: .customLong("as-of"), help: ArgumentHelp("The date to judge on (default: today).", valueName: "YYYY-MM-DD"))
    var asOf: String?
    @Flag(help: "Certifications instead of modules.") var certifications = false
    @Flag(help: "State programs' hours per cycle instead of modules.") var programs = false
    @Flag(help: "Say why each status is what it is.") var explain = false
    @Option(help: ArgumentHelp(OutputFormat.help)) var format: OutputFormat = .table

    var need: AccessNeed { .read(officer.map { .officer(badge: $0) } ?? .visibleRecords) }

    func run() throws {
        let session = try openSession()
        let day = try DateArgument.parse(asOf, option: "--as-of") ?? .today()
        // An officer's login sees only its own rows: the query itself is limited to that badge.
        let badge = try officer.map(session.badge) ?? session.access.visibleBadge
        let unit = try self.unit.map(session.unit)
        let records = try session.reads(badge.map { .officer(badge: $0) } ?? .visibleRecords)
        if let badge {
            let named = try session.officer(badge)
            // One officer who did not serve that day gets no rows; say why rather than print nothing.
            let service = OfficerStanding.Service(OfficerTimeline(officer: named, facts: try records.facts(badge: badge)), on: day)
            if !service.isServing { try StandardStreams.error("officer \(badge) on \(day): \(service.words)") }
        }

        // Who served on the day is the officers' facts' to say (the report skips the rest), not today's status.
        // The home agency's report unless a partner agency is named; a liaison's is its own agency's, whatever it names.
        let agencyScope = badge == nil ? try AgencyArgument.scope(agency, for: session) ?? Agency.homeID : nil
        let filter = OfficerFilter(unit: unit, badge: badge, agency: agencyScope)
        if programs {
            return try ProgramStatusRun.run(session, records: records, filter: filter, asOf: day, format: format, explain: explain)
        }
        var report = StatusReport(curriculum: try session.curriculum(), filter: filter, asOf: day,
                                  certifications: certifications, explain: explain, origin: origin)
        report.withNames = format == .table
        // An explained table reads best as each status followed by its reasons, indented.
        let printer = explain && format == .table ? nil : try RecordPrinter(format: format, columns: report.columns)
        func emit(_ row: [String?], _ reasons: @autoclosure () -> [String]) throws {
            guard explain else { return try printer?.emit(row) ?? () }
            let reasons = reasons()
            if let printer { return try printer.emit(row + [reasons.first, reasons.dropFirst().joined(separator: "; ")]) }
            try StandardStreams.out(([row.prefix(5).map { $0 ?? "" }.joined(separator: "  ")] + reasons.map { "    \($0)" })
                .joined(separator: "\n"))
        }
        if report.encodesInSpans, let printer, let encoding = printer.encoding {
            // Rows are judged and encoded on every core; this thread only writes them out in order.
            try report.forEachEncodedSpan(from: records, as: encoding) { try printer.emit($0) }
        } else if report.encodesInSpans, let printer {
            // A table's rows are judged and spelled on every core too; this thread only lays them out.
            let columnCount = report.columns.count
            try report.forEachSpan(from: records, rows: { TextTable(columnCount: columnCount) }) { printer.emit($0) }
        } else {
            try report.forEachRow(from: records, emit)
        }
        try printer?.finish()
    }
}
