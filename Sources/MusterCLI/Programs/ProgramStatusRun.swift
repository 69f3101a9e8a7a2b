import MusterCore
import MusterReports
import MusterStore

/// `muster status --programs`: one row per officer × program for the cycle holding --as-of.
enum ProgramStatusRun {
    static func run(_ session: Session, records: SQLiteRecordStore, filter: OfficerFilter, asOf: CalendarDate,
                    format: OutputFormat, explain: Bool) throws {
        let report = ProgramStatusReport(curriculum: try session.curriculum(), filter: filter, asOf: asOf,
                                         listsCounted: explain)
        let printer = try ProgramRowPrinter(format: format, explain: explain)
        try report.forEach(from: records) { _, standing in try printer.emit(standing) }
        try printer.finish()
    }

    static let help = """
        With --programs: one row per officer and state program (Curricula/programs/) for the cycle holding \
        --as-of. Columns (JSON keys): badge, program, cycle_start, cycle_end, hours_required, hours_earned, \
        minimums (a list of {name, required, earned}), previous_cycle (complete, deficient, or null when the \
        officer was not in scope of it), status: deficient (the previous cycle closed short of its hours, a \
        minimum or a once-every course), complete (every hour, minimum and owed course of this cycle met), \
        at-risk (the cycle ends within 90 days, day 90 included, and something is short), in-progress. A \
        completion gives hours when it is a counting pass (not voided, passed, evidence met) dated inside the \
        cycle: its recorded hours, else its version's, to the total and every minimum it matches.
        """
}
