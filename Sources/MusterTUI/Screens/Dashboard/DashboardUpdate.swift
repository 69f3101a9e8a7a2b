import MusterCore
import TerminalUI

/// The dashboard's update: moving in the overdue and units lists, searching the overdue one, and leading to the
/// Officers tab.
enum DashboardUpdate {
    /// The Officers tab, filtered to the lapsed officers.
    static func showLapsed(_ state: inout AppState) -> Next<AppEffect> {
        state.tab = .officers
        state.detail = nil
        OfficersUpdate.show(&state, standing: .lapsed)
        return .none
    }

    /// `u`: ↑↓ and Enter move to the other list.
    static func switchList(_ state: inout AppState) -> Next<AppEffect> {
        state.dashboard.focus = state.dashboard.focus == .units ? .overdue : .units
        return .none
    }

    /// `p`: ↑↓ and Enter move to the officers at risk on a program, and back to the overdue list.
    static func switchToAtRisk(_ state: inout AppState) -> Next<AppEffect> {
        state.dashboard.focus = state.dashboard.focus == .atRisk ? .overdue : .atRisk
        return .none
    }

    /// `/` searches the overdue list, so the keys go back to it.
    static func beginSearch(_ state: inout AppState) -> Next<AppEffect> {
        state.dashboard.focus = .overdue
        return SearchUpdate.begin(&state)
    }

    /// Opens the officer of the selected overdue line (Esc comes back here), or the Officers tab filtered to
    /// the selected unit.
    static func open(_ state: inout AppState) -> Next<AppEffect> {
        if state.dashboard.focus == .units { return openUnit(&state) }
        if state.dashboard.focus == .atRisk { return openAtRisk(&state) }
        let shown = DashboardView.overdueShown(state)
        guard let snapshot = state.agency.value?.standings, let selected = state.dashboard.overdue.selected,
              shown.indices.contains(selected)
        else {
            state.status = .error("No overdue line selected")
            return .none
        }
        return openOfficer(snapshot.overdue[shown[selected]].badge, &state)
    }

    private static func openAtRisk(_ state: inout AppState) -> Next<AppEffect> {
        let officers = state.agency.value?.standings?.atRisk ?? []
        guard let selected = state.dashboard.atRisk.selected, officers.indices.contains(selected) else {
            state.status = .error("No officer at risk selected")
            return .none
        }
        return openOfficer(officers[selected].badge, &state)
    }

    private static func openUnit(_ state: inout AppState) -> Next<AppEffect> {
        let units = DashboardView.unitNames(state)
        guard let selected = state.dashboard.units.selected, units.indices.contains(selected) else {
            state.status = .error("No unit selected")
            return .none
        }
        state.tab = .officers
        state.detail = nil
        OfficersUpdate.show(&state, unit: units[selected])
        return .none
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
        if state.dashboard.focus == .atRisk {
            state.dashboard.atRisk.apply(move, rowCount: state.agency.value?.standings?.atRisk.count ?? 0,
                                         visibleRows: DashboardView.atRiskRows(state))
            return
        }
        if state.dashboard.focus == .units {
            state.dashboard.units.apply(move, rowCount: DashboardView.unitNames(state).count, visibleRows: DashboardView.unitRows(state))
            return
        }
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
        state.dashboard.units.clamp(rowCount: DashboardView.unitNames(state).count, visibleRows: DashboardView.unitRows(state))
        state.dashboard.atRisk.clamp(rowCount: state.agency.value?.standings?.atRisk.count ?? 0,
                                     visibleRows: DashboardView.atRiskRows(state))
    }

    /// A click on an overdue line or a unit selects it (and its list); on the selected one, opens it.
    static func clicked(_ state: inout AppState, at position: Position, content: Rect) -> Next<AppEffect> {
        if let area = DashboardView.atRiskListArea(state, content: content), area.contains(position) {
            let officers = state.agency.value?.standings?.atRisk ?? []
            let offset = TableState.offset(keeping: state.dashboard.atRisk.selected, current: state.dashboard.atRisk.offset,
                                           rowCount: officers.count, visibleRows: area.height)
            let index = offset + position.row - area.y
            guard officers.indices.contains(index) else { return .none }
            let wasSelected = state.dashboard.focus == .atRisk && index == state.dashboard.atRisk.selected
            state.dashboard.focus = .atRisk
            if wasSelected { return open(&state) }
            state.dashboard.atRisk.select(index, rowCount: officers.count, visibleRows: area.height)
            return .none
        }
        if let area = DashboardView.unitListArea(state, content: content), area.contains(position) {
            let units = DashboardView.unitNames(state)
            let index = DashboardView.unitOffset(state, visibleRows: area.height) + position.row - area.y
            guard units.indices.contains(index) else { return .none }
            let wasSelected = state.dashboard.focus == .units && index == state.dashboard.units.selected
            state.dashboard.focus = .units
            if wasSelected { return open(&state) }
            state.dashboard.units.select(index, rowCount: units.count, visibleRows: area.height)
            return .none
        }
        guard let area = DashboardView.overdueListArea(state, content: content), area.contains(position) else { return .none }
        let shown = DashboardView.overdueShown(state)
        let offset = TableState.offset(keeping: state.dashboard.overdue.selected, current: state.dashboard.overdue.offset,
                                       rowCount: shown.count, visibleRows: area.height)
        let index = offset + position.row - area.y
        guard shown.indices.contains(index) else { return .none }
        let wasSelected = state.dashboard.focus == .overdue && index == state.dashboard.overdue.selected
        state.dashboard.focus = .overdue
        if wasSelected { return open(&state) }
        state.dashboard.overdue.select(index, rowCount: shown.count, visibleRows: area.height)
        return .none
    }
}
