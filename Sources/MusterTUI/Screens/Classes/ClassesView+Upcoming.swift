import MusterCore
import TerminalUI

/// The upcoming classes under an empty sheet, and the question before acting on a long sheet.
extension ClassesView {
    static func renderUpcoming(_ state: AppState, into buffer: inout Buffer, area: Rect) {
        guard area.height > 1 else { return }
        let upcoming = state.classes.upcoming
        buffer.line([Span("Upcoming classes", .header, .bold), Span(upcoming.isEmpty ? "" : " · o opens the next", .muted)],
                    in: area, row: 0)
        if upcoming.isEmpty {
            buffer.line("None: a later Date and Ctrl-S schedules one", in: area, row: 1, style: Style(.muted))
            return
        }
        for (index, session) in upcoming.prefix(area.height - 1).enumerated() {
            let open = state.classes.openSession?.id == session.id
            let style = open ? Style(.selection, .bold) : Style.plain
            let when = session.heldOn.iso + (session.startsAt.map { " \($0)" } ?? "")
            let seats = session.capacity.map { "\(session.enrolled)/\($0)" } ?? "\(session.enrolled)"
            buffer.line([Span(open ? "▶ " : "  ", style), Span("#\(session.id) " + when + " ", style),
                         Span(fitted(session.moduleID, toWidth: max(4, area.width - 30)) + " ", style),
                         Span(seats, open ? style : Style(.muted))], in: area, row: 1 + index)
        }
    }

    /// The heading of the sheet for an opened class.
    static func openHeading(_ state: AppState) -> String? {
        guard let session = state.classes.openSession else { return nil }
        let ahead = session.heldOn > state.context.asOf
        return "Class #\(session.id) · " + (ahead ? "Ctrl-S enrols who is added" : "Ctrl-S marks attendance and records")
    }

    static func renderQuestion(_ question: SheetQuestion, into frame: inout Frame, area: Rect) {
        let (title, lines): (String, [String]) = switch question {
        case .record(let count, let ahead):
            (ahead ? "Schedule this class?" : "Save this sheet?",
             ["The sheet has \(count) officers.", ahead ? "Schedule the class and enrol them all?" : "Write it for all of them?"])
        case .clear(let count):
            ("Clear the sheet?", ["The sheet has \(count) officers.", "Clear it and lose what was typed?"])
        }
        frame.render(Dialog(title: title, lines: lines, footer: "y yes · n no"), in: area)
        frame.cursor = nil
    }
}
