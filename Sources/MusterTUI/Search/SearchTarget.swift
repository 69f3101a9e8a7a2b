import TerminalUI

/// The lists `/` searches, each with its own `ListSearch` in the app state; `SearchUpdate` edits whichever
/// the screen shows, and the list refilters itself.
enum SearchTarget: Sendable {
    case officers, modules, dashboard

    /// The list on screen that has a search, if any.
    static func onScreen(_ state: AppState) -> SearchTarget? {
        guard state.modal == nil, !state.context.isOfficerView, state.detail == nil || state.tab != .officers else { return nil }
        switch state.tab {
        case .officers: return .officers
        case .modules: return state.modules.view == .coverage ? nil : .modules
        case .dashboard: return state.agency.value?.standings != nil ? .dashboard : nil
        case .classes, .exports: return nil
        }
    }

    /// The search being typed into, if any.
    static func editing(_ state: AppState) -> SearchTarget? {
        guard let target = onScreen(state), state[search: target].isEditing else { return nil }
        return target
    }
}

extension AppState {
    subscript(search target: SearchTarget) -> ListSearch {
        get {
            switch target {
            case .officers: officers.search
            case .modules: modules.search
            case .dashboard: dashboard.search
            }
        }
        set {
            switch target {
            case .officers: officers.search = newValue
            case .modules: modules.search = newValue
            case .dashboard: dashboard.search = newValue
            }
        }
    }
}
