import TerminalUI

/// The Modules tab's update: the view shown and the selection in it.
enum ModulesUpdate {
    /// Switches to `view`, its selection back at the top; the view already shown keeps its selection.
    static func show(_ state: inout AppState, _ view: ModulesState.View) -> Next<AppEffect> {
        guard state.modules.view != view else { return .none }
        state.modules = ModulesState(view: view)
        return .none
    }

    static func move(_ state: inout AppState, _ move: ListMove) {
        state.modules.list.apply(move, rowCount: ModulesView.rowCount(state), visibleRows: state.listRows)
    }
}
