import TerminalUI

/// The help overlay: every key of the screen under it, from the keymap, scrolled to `scroll`.
enum HelpView {
    static func render(_ state: AppState, scroll: Int, into frame: inout Frame) {
        let overlay = HelpOverlay(title: "Keys", groups: Keymap.helpGroups(for: state), scrollOffset: scroll)
        frame.render(overlay, in: area(frame.size))
        frame.cursor = nil
    }

    /// Where the overlay goes at `size`.
    static func area(_ size: Size) -> Rect {
        Rect(size: size).centered(width: min(78, size.columns - 2), height: size.rows - 4)
    }
}
