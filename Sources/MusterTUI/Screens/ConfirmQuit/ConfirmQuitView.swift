import TerminalUI

/// The quit question over the screen, naming what holds unsaved input.
enum ConfirmQuitView {
    static func render(unsaved: String, into frame: inout Frame, area: Rect) {
        let lines = ["\(capitalized(unsaved)) holds unsaved input.", "Quit and discard it?"]
        frame.render(Dialog(title: "Quit Muster?", lines: lines, footer: "y quit · n stay"), in: area)
        frame.cursor = nil
    }

    private static func capitalized(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}
