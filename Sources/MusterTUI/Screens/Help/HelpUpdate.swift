import TerminalUI

/// The help overlay's update: scrolling it and closing it.
enum HelpUpdate {
    static func close(_ state: inout AppState) -> Next<AppEffect> {
        state.modal = state.modalUnderHelp
        state.modalUnderHelp = nil
        return .none
    }

    /// Scrolls by `delta` lines, no further than the last line.
    static func scroll(_ state: inout AppState, by delta: Int) -> Next<AppEffect> {
        guard case .help(let scroll) = state.modal else { return .none }
        let overlay = HelpOverlay(groups: Keymap.helpGroups(for: state))
        let limit = overlay.maxScrollOffset(in: HelpView.area(state.size))
        state.modal = .help(scroll: min(max(0, scroll + delta), limit))
        return .none
    }

    /// Scrolls by a page: the overlay's height at the current size, less a line of context.
    static func scrollPage(_ state: inout AppState, down: Bool) -> Next<AppEffect> {
        let page = max(1, state.size.rows - 6)
        return scroll(&state, by: down ? page : -page)
    }
}
