import MusterCore
import TerminalUI

/// The dashboard's update: moving in the overdue list, searching it, and leading to the Officers tab.
enum DashboardUpdate {
    /// The Officers tab, filtered to the lapsed officers.
    static func showLapsed(_ state: inout AppState) -> Next<AppEffect> {
        state.tab = .officers
        state.detail = nil
        OfficersUpdate.show(&state, standing: .lapsed)
        return .none
    }

    /// Opens the officer of the selected overdue line; Esc comes back here.
    static func open(_ state: inout AppState) -> Next<AppEffect> {
        let shown = DashboardView.overdueShown(state)
        guard let snapshot = state.agency.value?.standings, let selected = state.dashboard.overdue.selected,
              shown.indices.contains(selected)
        else {
            state.status = .error("No overdue line selected")
            return .none
        }
        return openOfficer(snapshot.overdue[shown[selected]].badge, &state)
    }

    /// Shows `badge`'s record on the Officers tab, Esc returning to the tab it was opened from.
    static func openOfficer(_ badge: String, _ state: inout AppState) -> Next<AppEffect> {
        var detail = DetailState(badge: badge)
        detail.returnsTo = state.tab
        state.tab = .officers
        state.detail = detail
        return .run(.loadOfficer(badge))
    }

    static func move(_ state: inout AppState, _ move: ListMove) {
        state.dashboard.overdue.apply(move, rowCount: DashboardView.overdueShown(state).count,
                                      visibleRows: DashboardView.overdueRows(state))
    }

    /// The query changed: the list narrows, its selection kept inside.
    static func searchChanged(_ state: inout AppState) {
        state.dashboard.matches = DashboardView.overdueMatches(state)
        state.dashboard.overdue.clamp(rowCount: DashboardView.overdueShown(state).count, visibleRows: DashboardView.overdueRows(state))
    }

    /// A new load: the search applies to its overdue lines.
    static func agencyArrived(_ state: inout AppState) {
        if !state.dashboard.search.isEmpty { searchChanged(&state) }
    }

    /// A click on an overdue line selects it; on the selected one, opens that officer.
    static func clicked(_ state: inout AppState, at position: Position, content: Rect) -> Next<AppEffect> {
        guard let area = DashboardView.overdueListArea(state, content: content), area.contains(position) else { return .none }
        let shown = DashboardView.overdueShown(state)
        let offset = TableState.offset(keeping: state.dashboard.overdue.selected, current: state.dashboard.overdue.offset,
                                       rowCount: shown.count, visibleRows: area.height)
        let index = offset + position.row - area.y
        guard shown.indices.contains(index) else { return .none }
        if index == state.dashboard.overdue.selected { return open(&state) }
        state.dashboard.overdue.select(index, rowCount: shown.count, visibleRows: area.height)
        return .none
    }
}
