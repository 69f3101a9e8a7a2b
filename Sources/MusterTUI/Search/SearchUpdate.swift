import TerminalUI

/// `/` on any searchable list: the field takes the keys, each one narrows the list, Enter (or ↓) keeps the
/// query and gives the keys back to the list, Esc clears it. One update for every list (`SearchTarget`).
enum SearchUpdate {
    static func begin(_ state: inout AppState) -> Next<AppEffect> {
        guard let target = SearchTarget.onScreen(state) else { return .none }
        state[search: target].begin()
        return .none
    }

    static func accept(_ state: inout AppState) -> Next<AppEffect> {
        guard let target = SearchTarget.editing(state) else { return .none }
        state[search: target].accept()
        return .none
    }

    static func cancel(_ state: inout AppState) -> Next<AppEffect> {
        guard let target = SearchTarget.editing(state) else { return .none }
        state[search: target].cancel()
        refilter(target, &state)
        return .none
    }

    /// A key typed into the field being edited.
    static func edit(_ state: inout AppState, _ key: Key) {
        guard let target = SearchTarget.editing(state) else { return }
        let before = state[search: target].query
        if state[search: target].edit(key) {
            let after = state[search: target].query
            if after != before { refilter(target, &state) }
        }
    }

    static func paste(_ state: inout AppState, _ text: String) {
        guard let target = SearchTarget.editing(state) else { return }
        state[search: target].paste(text)
        refilter(target, &state)
    }

    /// The list takes the new query in (the officers table scans only what it still shows when it only grew).
    private static func refilter(_ target: SearchTarget, _ state: inout AppState) {
        switch target {
        case .officers: OfficersUpdate.searchChanged(&state)
        case .modules: ModulesUpdate.searchChanged(&state)
        case .dashboard: DashboardUpdate.searchChanged(&state)
        }
    }
}
