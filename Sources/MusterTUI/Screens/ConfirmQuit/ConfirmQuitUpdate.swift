import TerminalUI

/// The quit question's update: quit after all, or go back to the unsaved input.
enum ConfirmQuitUpdate {
    static func quit(_ state: inout AppState) -> Next<AppEffect> {
        .quit
    }

    static func stay(_ state: inout AppState) -> Next<AppEffect> {
        state.modal = nil
        return .none
    }
}
