import MusterCore
import TerminalUI

/// An officer's state programs on the detail screen and in "My training": one bar of hours per program, then a
/// bar per minimum, each filled toward what the cycle requires.
///
/// ```
/// il-ptb-mandatory · in-progress · cycle ends 2027-08-31
///   Hours                    ████████████▌        31/40 h
///   De-escalation (1849)     ████▏                 2/4 h
/// ```
enum ProgramProgressView {
    /// Rows the programs take, leaving the rest of the screen at least two thirds of `height`.
    static func rows(_ programs: [ProgramStanding], height: Int) -> Int {
        guard !programs.isEmpty else { return 0 }
        return min(programs.reduce(0) { $0 + 2 + $1.minimums.count }, max(0, height / 3))
    }

    static func render(_ programs: [ProgramStanding], into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        var row = 0
        for standing in programs where row < area.height {
            buffer.line([Span(standing.programID, .title, .bold), Span(" · "), Span(standing.status.rawValue, role(standing.status)),
                         Span(" · cycle ends \(standing.cycle.end)", .muted)],
                        in: area, row: row)
            row += 1
            var bars = [bar("Hours", earned: standing.hoursEarned, required: standing.hoursRequired)]
            bars += standing.minimums.map { bar($0.name, earned: $0.earned, required: $0.required) }
            let height = min(bars.count, area.height - row)
            guard height > 0 else { break }
            let chart = BarChart(bars: Array(bars.prefix(height)), maxValue: 1, labelWidth: min(28, area.width / 3))
            buffer.render(chart, in: Rect(x: area.x + 2, y: area.y + row, width: max(0, area.width - 2), height: height))
            row += height
        }
    }

    /// A bar filled to earned / required (full when nothing is required), worded "31/40 h".
    private static func bar(_ label: String, earned: Double, required: Double) -> BarChart.Bar {
        let fraction = required > 0 ? min(1, earned / required) : 1
        return BarChart.Bar(label: label, value: fraction, valueText: "\(hours(earned))/\(hours(required)) h",
                            role: earned >= required ? .good : .warning)
    }

    private static func hours(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e9 ? String(Int(value)) : String(value)
    }

    private static func role(_ status: ProgramStatus) -> ColorRole {
        switch status {
        case .complete: .good
        case .atRisk: .warning
        case .deficient: .danger
        case .inProgress: .accent
        }
    }
}
