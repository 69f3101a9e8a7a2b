import MusterCore
import TerminalUI

/// The Classes tab: the session form on the left, the sign-in sheet as it reads so far on the right, with
/// unknown badges and duplicates flagged as they are typed.
enum ClassesView {
    static func render(_ state: AppState, into buffer: inout Buffer, area: Rect) -> Position? {
        let form = state.classes.form
        let columns = area.splitColumns([.percentage(55), .fill], spacing: 2)
        let intro = openHeading(state) ?? (form.isEditing ? "Editing · Ctrl-S records the roster, or schedules a later day"
            : "Enter edits the ▶ field · a later Date schedules the class")
        buffer.line(intro, in: columns[0], row: 0, style: Style(.muted))
        let cursor = FormView.renderFields(form, state: state, into: &buffer, area: columns[0].offsetTop(2))
        let after = 2 + form.fields.count * 2
        if form.isSubmitting {
            buffer.line("Recording…", in: columns[0], row: after, style: Style(.muted))
        } else if let error = form.submitError {
            buffer.line("✗ " + error, in: columns[0], row: after, style: Style(.danger, .bold))
        } else if let last = state.classes.lastRecorded {
            buffer.line("✓ " + last, in: columns[0], row: after, style: Style(.good))
        }
        if let search = state.classes.search {
            return renderFind(state, search: search, into: &buffer, area: columns[1])
        }
        renderRoster(state, into: &buffer, area: columns[1])
        return cursor
    }

    /// The attendee finder: a search field and the officers it matches.
    private static func renderFind(_ state: AppState, search: TextInput, into buffer: inout Buffer, area: Rect) -> Position? {
        buffer.heading("Find an attendee", in: area, row: 0)
        let fieldArea = Rect(x: area.x, y: area.y + 1, width: area.width, height: 1)
        let field = TextField(label: "/", input: search, isFocused: true, placeholder: "name or badge")
        buffer.render(field, in: fieldArea)
        let results = state.classes.searchResults
        guard let data = state.agency.value else { return field.cursorPosition(in: fieldArea) }
        if results.isEmpty && !search.value.isEmpty {
            buffer.line("No officer matches “\(search.value)”", in: area, row: 3, style: Style(.muted))
        }
        let present = Set((state.classes.form[.attendees]?.value ?? "").split(whereSeparator: { " ,;".contains($0) })
            .map { String($0.split(separator: ":").first ?? $0) })
        for (line, index) in results.prefix(max(0, area.height - 3)).enumerated() {
            let row = data.snapshot.officers[index]
            let selected = line == state.classes.searchSelection
            let mark = present.contains(row.badge) ? "✓ " : "  "
            let style = selected ? Style(.selection, .bold) : Style.plain
            let rect = area.row(3 + line)
            if selected { buffer.setStyle(style, in: rect) }
            buffer.line([Span(selected ? "▶ " : "  ", style), Span(mark, selected ? style : Style(.good)),
                         Span(padded(row.badge, toWidth: 8) + " ", style), Span(row.displayName, style)], in: rect, row: 0)
        }
        return field.cursorPosition(in: fieldArea)
    }

    private static func renderRoster(_ state: AppState, into buffer: inout Buffer, area: Rect) {
        let form = state.classes.form
        let context = state.validationContext(for: form)
        let moduleID = form[.module]?.trimmed ?? ""
        let lines = RosterLine.parse(form[.attendees]?.value ?? "", context: context, moduleID: moduleID)
        let problems = lines.count { $0.problem != nil }
        let summary: [Span] = lines.isEmpty ? [Span("Sign-in sheet", .header, .bold)]
            : [Span("Sign-in sheet · \(lines.count) ", .header, .bold),
               problems == 0 ? Span("✓ all known", .good) : Span("✗ \(problems) to fix", .danger)]
        buffer.line(summary, in: area, row: 0)
        if lines.isEmpty {
            let help = ["Type badges into Attendees, as fast", "as a paper sheet reads:", "  A-1001 A-1002:85 A-1003:fail",
                        "d adds everyone due, unmarked (:?)", "u adds the chosen unit"]
            for (index, text) in help.enumerated() { buffer.line(text, in: area, row: 2 + index, style: Style(.muted)) }
            renderUpcoming(state, into: &buffer, area: area.offsetTop(2 + help.count + 1))
            return
        }
        let data = state.agency.value
        let room = area.height - 1
        // Problems first, so a wrong badge never scrolls out of sight.
        let ordered = lines.filter { $0.problem != nil } + lines.filter { $0.problem == nil }
        for (index, line) in ordered.prefix(room).enumerated() {
            if index == room - 1 && ordered.count > room {
                buffer.line("… \(ordered.count - index) more", in: area, row: 1 + index, style: Style(.muted))
                break
            }
            if let problem = line.problem {
                buffer.line([Span("✗ ", .danger), Span(padded(line.token, toWidth: 8) + " ", .danger, .bold), Span(problem, .danger)],
                            in: area, row: 1 + index)
            } else {
                let name = data?.officer(badge: line.badge)?.displayName ?? ""
                let marked = line.isUnmarked ? "not marked" : line.isAbsent ? "absent" : line.result.rawValue
                let mark = line.isUnmarked ? Span("? ", .muted) : line.result == .pass && !line.isAbsent ? Span("✓ ", .good) : Span("✗ ", .danger)
                let result = marked + (line.score.map { " \($0)" } ?? "")
                buffer.line([mark, Span(padded(line.badge, toWidth: 8) + " "), Span(fitted(name, toWidth: max(4, area.width - 24)) + " "),
                             Span(result, line.result == .pass ? .muted : .danger)], in: area, row: 1 + index)
            }
        }
    }
}
