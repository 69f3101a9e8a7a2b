import ArgumentParser
import MusterCore
import MusterStore

/// `muster status`: every requirement's status as of a date, with the reason in words on request.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Certification status of officers' requirements as of a date.",
        discussion: """
        Module statuses: waived, current, expiring, expired, overdue, assigned.
        Certification statuses (--certifications): certified, expiring, lapsed, in-progress, not-started.
        Separated officers are left out unless named with --officer.
        """
    )

    @OptionGroup var store: StoreOptions
    @Option(help: "Only this officer.") var officer: String?
    @Option(help: "Only this unit.") var unit: String?
    @Option(name: .customLong("as-of"), help: ArgumentHelp("The date to judge on (default: today).", valueName: "YYYY-MM-DD"))
    var asOf: String?
    @Flag(help: "Certifications instead of modules.") var certifications = false
    @Flag(help: "Say why each status is what it is.") var explain = false
    @Option(help: "table, csv or json.") var format: OutputFormat = .table

    func run() throws {
        let day = try DateArgument.parse(asOf, option: "--as-of") ?? .today()
        let session = try Session.open(store)
        var badge = officer
        if badge == nil, !session.access.allows(.readAllRecords), let own = session.access.ownBadge { badge = own }
        _ = try session.reads(badge.map { .officer(badge: $0) } ?? .allRecords)
        if let badge { _ = try session.officer(badge) }

        let engine = StatusEngine(curriculum: try session.curriculum())
        let filter = OfficerFilter(unit: unit, badge: badge, statuses: badge == nil ? OfficerFilter.notSeparated.statuses : nil)
        let columns = (certifications
            ? ["badge", "certification", "status", "certified_until"]
            : ["badge", "module", "status", "completed_on", "expires_on", "due_on"]) + (explain ? ["reason", "notes"] : [])
        // An explained table reads best as each status followed by its reasons, indented.
        let printer = explain && format == .table ? nil : try RecordPrinter(format: format, columns: columns)
        func emit(_ row: [String?], _ reasons: @autoclosure () -> [String]) throws {
            guard explain else { return try printer?.emit(row) ?? () }
            let reasons = reasons()
            if let printer { return try printer.emit(row + [reasons.first, reasons.dropFirst().joined(separator: "; ")]) }
            StandardStreams.out(([row.prefix(3).map { $0 ?? "" }.joined(separator: "  ")] + reasons.map { "    \($0)" })
                .joined(separator: "\n"))
        }
        // Explanations list every attempt; statuses alone need only the completions that can decide them.
        let scope: CompletionScope = explain ? .all : .standingBasis(asOf: day)
        if !explain, !certifications, let printer, let encoding = printer.encoding {
            // Rows are judged and encoded on every core; this thread only writes them out in order.
            try StandingStream.forEachSpanOfStatusLines(
                session.store, filter, engine: engine, asOf: day, start: { EncodedRows(encoding) },
                add: { rows, records, lines in
                    for line in lines { Self.writeModuleRow(records.officer.badge, line, into: &rows) }
                }
            ) { try printer.emit($0) }
        } else {
            try StandingStream.forEach(session.store, filter, engine: engine, asOf: day, completions: scope,
                                       certifications: certifications) { records, standing in
                try forEachRow(records, standing, emit)
            }
        }
        try printer?.finish()
    }

    /// The officer's rows, each with the words explaining it (worded only when asked for).
    private func forEachRow(
        _ records: OfficerRecords, _ standing: OfficerStanding,
        _ body: (_ row: [String?], _ reasons: @autoclosure () -> [String]) throws -> Void
    ) rethrows {
        if certifications {
            for certification in standing.certifications {
                try body([records.officer.badge, certification.certificationID, certification.status.rawValue,
                          certification.certifiedUntil?.iso], [certification.reason])
            }
        } else {
            // By index, not `for module in`: copying each standing's arrays costs more than printing it.
            for index in standing.modules.indices {
                try body(Self.moduleRow(records.officer.badge, standing.modules[index].line),
                         [standing.modules[index].reason] + standing.modules[index].notes)
            }
        }
    }

    /// A module status row: badge, module, status, completed_on, expires_on, due_on. Written field by field
    /// so that the loop over every officer builds no array per row.
    private static func writeModuleRow<Rows: RowBuilder>(_ badge: String, _ line: ModuleStatusLine, into rows: inout Rows) {
        rows.beginRow()
        rows.field(badge)
        rows.field(line.moduleID)
        rows.field(line.status.rawValue)
        rows.field(line.completedOn)
        rows.field(line.expiresOn)
        rows.field(line.dueOn)
        rows.endRow()
    }

    /// The same row as text, for the paths that add explanations to it.
    private static func moduleRow(_ badge: String, _ line: ModuleStatusLine) -> [String?] {
        var row = TextRows()
        writeModuleRow(badge, line, into: &row)
        return row.rows[0]
    }
}
