import MusterCore
import TerminalUI

/// The dashboard's "Programs" panel: per assigned program, how its officers stand this cycle and the hours the
/// agency is short; under it, the officers at risk of ending a cycle short, a list Enter opens like the overdue one.
enum ProgramsPanel {
    /// Program lines get at most a third of the panel, so the at-risk list keeps room.
    private static func programLines(_ snapshot: AgencySnapshot, area: Rect) -> Int {
        min(snapshot.programs.count, max(1, (area.height - 1) / 3))
    }

    /// The at-risk lines, below the heading, the program lines and the list's own heading.
    static func listArea(_ snapshot: AgencySnapshot, area: Rect) -> Rect {
        area.offsetTop(1 + programLines(snapshot, area: area) + 1)
    }

    static func render(_ snapshot: AgencySnapshot, state: AppState, into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let short = snapshot.programs.reduce(0) { $0 + $1.hoursShort }
        buffer.heading("Programs · \(hours(short)) h short this cycle", in: area.row(0), row: 0)
        let lines = programLines(snapshot, area: area)
        let idWidth = min(max(8, snapshot.programs.map { displayWidth(of: $0.programID) }.max() ?? 8), max(8, area.width / 3))
        for (index, program) in snapshot.programs.prefix(lines).enumerated() where index + 1 < area.height {
            let last = index == lines - 1 && snapshot.programs.count > lines
            if last {
                buffer.line("… \(snapshot.programs.count - index) more programs", in: area.row(1 + index), row: 0, style: Style(.muted))
                break
            }
            buffer.line([Span(fitted(program.programID, toWidth: idWidth) + " ", .accent),
                         Span("\(grouped(program.officersInScope)) in scope  "),
                         Span("✓\(grouped(program.complete)) ", .good), Span("⚠\(grouped(program.atRisk)) ", .warning),
                         Span("✗\(grouped(program.deficient)) ", .danger), Span("…\(grouped(program.inProgress))  ", .muted),
                         Span("\(hours(program.hoursShort)) h short")],
                        in: area.row(1 + index), row: 0)
        }
        let headerRow = 1 + lines
        guard headerRow < area.height else { return }
        let officers = snapshot.atRisk
        buffer.heading("At risk of ending short · \(grouped(officers.count))", in: area.row(headerRow), row: 0)
        let list = listArea(snapshot, area: area)
        guard !list.isEmpty else { return }
        guard !officers.isEmpty else {
            buffer.line("✓ Nobody is at risk on a program", in: list, row: 0, style: Style(.good))
            return
        }
        let selection = state.dashboard.atRisk
        let offset = TableState.offset(keeping: selection.selected, current: selection.offset, rowCount: officers.count,
                                       visibleRows: list.height)
        // One program needs no program column; the name takes what the other columns leave.
        let programWidth = snapshot.programs.count > 1 ? min(18, idWidth) + 1 : 0
        let nameWidth = max(8, min(26, list.width - 2 - 8 - 10 - 14 - programWidth))
        for line in 0..<min(list.height, officers.count - offset) {
            let index = offset + line
            let officer = officers[index]
            let isSelected = index == selection.selected && state.dashboard.focus == .atRisk
            buffer.line([Span(isSelected ? "▶ " : "  ", .selection, .bold), Span(padded(officer.badge, toWidth: 8)),
                         Span(fitted(officer.name, toWidth: nameWidth) + " "),
                         Span(padded(shortfall(officer), toWidth: 9, alignment: .right) + " ", .warning),
                         Span("by \(officer.cycleEnd) ", .muted),
                         Span(programWidth > 0 ? fitted(officer.programID, toWidth: programWidth - 1) : "", .accent)],
                        in: list, row: line)
        }
    }

    /// The hours short of the total, or, when the total is met, of the minimums ("min 6 h"), or a course owed.
    private static func shortfall(_ officer: AgencySnapshot.AtRiskOfficer) -> String {
        if officer.hoursShort > 0 { return "\(hours(officer.hoursShort)) h" }
        if officer.minimumHoursShort > 0 { return "min \(hours(officer.minimumHoursShort)) h" }
        return "course"
    }

    /// Whole hours as integers, fractions as they are ("12", "2.5").
    private static func hours(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e9 ? grouped(Int(value)) : String((value * 10).rounded() / 10)
    }
}
