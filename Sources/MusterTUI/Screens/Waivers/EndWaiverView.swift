import MusterCore
import TerminalUI

/// The question before a waiver ends, saying what changes.
enum EndWaiverView {
    static func render(_ waiver: Waiver, state: AppState, into frame: inout Frame, area: Rect) {
        let title = state.context.curriculum.module(waiver.moduleID)?.title ?? waiver.moduleID
        let asOf = state.context.asOf
        let lines = [
            "Waiver #\(waiver.id): \(title) for \(waiver.badge)",
            "from \(waiver.from), \(waiver.until.map { "until \($0)" } ?? "open-ended") — \(waiver.reason)",
            "",
            "End it today (\(asOf))? Its last day becomes \(asOf.subtracting(days: 1)),",
            "and the officer owes the module again. The waiver stays on record.",
        ]
        frame.render(Dialog(title: "End the waiver?", lines: lines, footer: "y end it · n keep"), in: area)
        frame.cursor = nil
    }
}
