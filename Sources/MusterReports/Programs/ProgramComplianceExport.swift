import MusterCore
import MusterStore

/// `muster export compliance --programs`: one row per officer serving on the day and program assigned to them,
/// for the cycle holding that day. Minimums are one cell (`name earned/required; …`) so CSV and JSON rows agree.
enum ProgramComplianceExport {
    static let columns = ["badge", "last_name", "first_name", "unit", "program", "cycle_start", "cycle_end", "hours_required",
                          "hours_earned", "minimums", "previous_cycle", "status"]

    static func produce(_ query: ComplianceQuery, from store: SQLiteRecordStore, into sink: some ExportRowSink) throws {
        let report = ProgramStatusReport(curriculum: query.curriculum, filter: OfficerFilter(unit: query.unit), asOf: query.asOf)
        try report.forEach(from: store) { records, standing in
            let officer = records.officer
            let minimums = standing.minimums.map { "\($0.name) \(Hours.text($0.earned))/\(Hours.text($0.required))" }
            try sink.emit([
                .text(officer.badge), .text(officer.lastName), .text(officer.firstName), .optionalText(officer.unit),
                .text(standing.programID), .text(standing.cycle.start.iso), .text(standing.cycle.end.iso),
                .number(standing.hoursRequired), .number(standing.hoursEarned), .text(minimums.joined(separator: "; ")),
                .optionalText(standing.previousCycle?.rawValue), .text(standing.status.rawValue),
            ])
        }
    }
}
