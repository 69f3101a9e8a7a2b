import TerminalUI

/// The Modules tab's update: the view shown and the selection in it.
enum ModulesUpdate {
    /// Switches to `view`, its selection back at the top; the view already shown keeps its selection.
    static func show(_ state: inout AppState, _ view: ModulesState.View) -> Next<AppEffect> {
        guard state.modules.view != view else { return .none }
        state.modules = ModulesState(view: view)
        return .none
    }

    /// The query changed: the modules or certifications list narrows, its selection kept inside.
    static func searchChanged(_ state: inout AppState) {
        state.modules.list.clamp(rowCount: ModulesView.rowCount(state), visibleRows: state.listRows)
    }

    /// A click on a row of the modules list selects it.
    static func clicked(_ state: inout AppState, at position: Position, content: Rect) {
        guard state.modules.view == .modules else { return }
        let rows = ModulesView.rowCount(state)
        let table = Table(columns: [], rowCount: rows, state: state.modules.list) { _ in [] }
        guard let index = table.rowIndex(at: position, in: ModulesView.listArea(state, content: content)) else { return }
        state.modules.list.select(index, rowCount: rows, visibleRows: state.listRows)
    }

    static func move(_ state: inout AppState, _ move: ListMove) {
        state.modules.list.apply(move, rowCount: ModulesView.rowCount(state), visibleRows: state.listRows)
    }
}
