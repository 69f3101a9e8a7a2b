import MusterCore
import MusterReports
import MusterStore

/// Prints `status --programs` rows as a table, CSV or JSON. JSON keeps the issue's keys and nests the
/// minimums as a list of `{name, required, earned}`; CSV and the table write them as one cell.
final class ProgramRowPrinter {
    static let columns = ["badge", "program", "cycle_start", "cycle_end", "hours_required", "hours_earned", "minimums",
                          "previous_cycle", "status"]

    private let format: OutputFormat
    private let explain: Bool
    private let table: RecordPrinter?
    private let output: ExportOutput?
    private var rows = 0

    init(format: OutputFormat, explain: Bool) throws {
        self.format = format
        self.explain = explain
        if format == .json {
            table = nil
            output = try ExportOutput(path: nil)
        } else {
            table = explain && format == .table
                ? nil : try RecordPrinter(format: format, columns: Self.columns + (explain ? ["explanation"] : []))
            output = nil
        }
    }

    func emit(_ standing: ProgramStanding) throws {
        if let output { return try writeJSON(standing, to: output) }
        let row: [String?] = [
            standing.badge, standing.programID, standing.cycle.start.iso, standing.cycle.end.iso,
            Hours.text(standing.hoursRequired), Hours.text(standing.hoursEarned),
            standing.minimums.map { "\($0.name) \(Hours.text($0.earned))/\(Hours.text($0.required))" }.joined(separator: "; "),
            standing.previousCycle?.rawValue, standing.status.rawValue,
        ]
        if let table { return try table.emit(row + (explain ? [standing.explanation.joined(separator: "; ")] : [])) }
        try StandardStreams.out(([[standing.badge, standing.programID, standing.status.rawValue].joined(separator: "  ")]
                                 + standing.explanation.map { "    \($0)" }).joined(separator: "\n"))
    }

    private func writeJSON(_ standing: ProgramStanding, to output: ExportOutput) throws {
        func text(_ value: String?) -> String { value.map(JSONText.string) ?? "null" }
        let minimums = standing.minimums.map { minimum in
            "{\"name\": \(text(minimum.name)), \"required\": \(Hours.text(minimum.required)), \"earned\": \(Hours.text(minimum.earned))}"
        }
        var fields = [
            "\"badge\": \(text(standing.badge))", "\"program\": \(text(standing.programID))",
            "\"cycle_start\": \(text(standing.cycle.start.iso))", "\"cycle_end\": \(text(standing.cycle.end.iso))",
            "\"hours_required\": \(Hours.text(standing.hoursRequired))", "\"hours_earned\": \(Hours.text(standing.hoursEarned))",
            "\"minimums\": [\(minimums.joined(separator: ", "))]",
            "\"previous_cycle\": \(text(standing.previousCycle?.rawValue))", "\"status\": \(text(standing.status.rawValue))",
        ]
        if explain { fields.append("\"explanation\": [\(standing.explanation.map(text).joined(separator: ", "))]") }
        try output.write((rows == 0 ? "[\n  {" : ",\n  {") + fields.joined(separator: ", ") + "}")
        rows += 1
    }

    func finish() throws {
        if let output {
            try output.write(rows == 0 ? "[]\n" : "\n]\n")
            try output.finish()
        }
        try table?.finish()
    }
}
