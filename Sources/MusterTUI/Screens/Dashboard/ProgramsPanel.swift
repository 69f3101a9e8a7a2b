import MusterCore
import TerminalUI

/// The dashboard's "Programs" panel: per assigned program, how its officers stand this cycle and the hours the
/// agency is short; under it, the officers at risk of ending a cycle short, a list Enter opens like the overdue one.
enum ProgramsPanel {
    /// The rows below which the panel folds its program lines into the heading (`compact`): a heading, a program
    /// line, the at-risk heading and two officers, or all it wants when that is less.
    static func fullRows(_ snapshot: AgencySnapshot) -> Int {
        min(5, wantedRows(snapshot))
    }

    /// The rows the panel would fill: its heading, a line per program, the at-risk heading and up to six officers
    /// (one line saying nobody is at risk when none is).
    static func wantedRows(_ snapshot: AgencySnapshot) -> Int {
        1 + snapshot.programs.count + 1 + max(1, min(6, snapshot.atRisk.count))
    }

    private static func isCompact(_ snapshot: AgencySnapshot, _ area: Rect) -> Bool { area.height < fullRows(snapshot) }

    /// Program lines get at most a third of the panel, so the at-risk list keeps room; none when compact.
    private static func programLines(_ snapshot: AgencySnapshot, area: Rect) -> Int {
        isCompact(snapshot, area) ? 0 : min(snapshot.programs.count, max(1, (area.height - 1) / 3))
    }

    /// The at-risk lines, below the heading, the program lines and the list's own heading (only the heading when
    /// compact).
    static func listArea(_ snapshot: AgencySnapshot, area: Rect) -> Rect {
        area.offsetTop(isCompact(snapshot, area) ? 1 : 1 + programLines(snapshot, area: area) + 1)
    }

    /// The programs' sum in one line, longest first, for a place with room for only one of them.
    static func sums(_ snapshot: AgencySnapshot) -> [String] {
        let short = hours(snapshot.programs.reduce(0) { $0 + $1.hoursShort })
        let atRisk = grouped(snapshot.atRisk.count)
        return ["Programs · \(short) h short · \(atRisk) at risk (p)", "\(short) h short · \(atRisk) at risk (p)", "\(atRisk) at risk (p)"]
    }

    static func render(_ snapshot: AgencySnapshot, state: AppState, into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let short = snapshot.programs.reduce(0) { $0 + $1.hoursShort }
        let officers = snapshot.atRisk
        let compactTitle = "Programs · \(hours(short)) h short · \(grouped(officers.count)) at risk of ending short"
        buffer.heading(isCompact(snapshot, area) ? compactTitle : "Programs · \(hours(short)) h short this cycle", in: area.row(0), row: 0)
        let lines = programLines(snapshot, area: area)
        let idWidth = min(max(8, snapshot.programs.map { displayWidth(of: $0.programID) }.max() ?? 8), max(8, area.width / 3))
        for (index, program) in snapshot.programs.prefix(lines).enumerated() where index + 1 < area.height {
            let last = index == lines - 1 && snapshot.programs.count > lines
            if last {
                buffer.line("… \(snapshot.programs.count - index) more programs", in: area.row(1 + index), row: 0, style: Style(.muted))
                break
            }
            buffer.line(programLine(program, idWidth: idWidth, width: area.width), in: area.row(1 + index), row: 0)
        }
        if !isCompact(snapshot, area) {
            let headerRow = 1 + lines
            guard headerRow < area.height else { return }
            buffer.heading("At risk of ending short · \(grouped(officers.count))", in: area.row(headerRow), row: 0)
        }
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
        // Badge 8, shortfall 10, "by YYYY-MM-DD" 13: the name takes what they leave, up to 26.
        let nameWidth = max(8, min(26, list.width - 2 - 8 - 1 - 10 - 13 - programWidth))
        for line in 0..<min(list.height, officers.count - offset) {
            let index = offset + line
            let officer = officers[index]
            let isSelected = index == selection.selected && state.dashboard.focus == .atRisk
            buffer.line([Span(isSelected ? "▶ " : "  ", .selection, .bold), Span(padded(officer.badge, toWidth: 8)),
                         Span(fitted(officer.name, toWidth: nameWidth) + " "),
                         Span(padded(shortfall(officer), toWidth: 9, alignment: .right) + " ", .warning),
                         Span("by \(officer.cycleEnd)", .muted),
                         Span(programWidth > 0 ? " " + fitted(officer.programID, toWidth: programWidth - 1) : "", .accent)],
                        in: list, row: line)
        }
    }

    /// One program's counts: in words when they fit, else without them (the heading says what the hours are).
    private static func programLine(_ program: AgencySnapshot.ProgramRow, idWidth: Int, width: Int) -> [Span] {
        let counts = [Span("✓\(grouped(program.complete)) ", .good), Span("⚠\(grouped(program.atRisk)) ", .warning),
                      Span("✗\(grouped(program.deficient)) ", .danger), Span("…\(grouped(program.inProgress))  ", .muted)]
        let id = Span(fitted(program.programID, toWidth: idWidth) + " ", .accent)
        let inScope = grouped(program.officersInScope), short = hours(program.hoursShort)
        let tight = counts.map { Span($0.text.hasSuffix("  ") ? String($0.text.dropLast()) : $0.text, $0.style) }
        let lines = [[id, Span("\(inScope) in scope  ")] + counts + [Span("\(short) h short")],
                     [id, Span("\(inScope) in scope ")] + tight + [Span("\(short) h short")],
                     [id, Span("\(inScope) ")] + tight + [Span("\(short) h")]]
        return lines.first { $0.reduce(0) { $0 + displayWidth(of: $1.text) } <= width } ?? lines[lines.count - 1]
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
