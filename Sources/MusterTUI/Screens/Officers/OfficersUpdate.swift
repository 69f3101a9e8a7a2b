import MusterCore
import TerminalUI

/// The officers table's update: search as you type, filters, sort, selection, and opening an officer.
enum OfficersUpdate {
    /// Opens the selected officer's record and asks for it.
    static func open(_ state: inout AppState) -> Next<AppEffect> {
        guard let data = state.agency.value, let index = state.officers.selectedIndex else {
            state.status = .error("No officer selected")
            return .none
        }
        let badge = data.snapshot.officers[index].badge
        state.detail = DetailState(badge: badge)
        return .run(.loadOfficer(badge))
    }

    // MARK: - Search

    /// The query changed (`SearchUpdate`): the table narrows to it.
    static func searchChanged(_ state: inout AppState) {
        guard let data = state.agency.value else { return }
        state.officers.searchChanged(data, visibleRows: state.listRows)
    }

    // MARK: - Filters and sort

    /// Shows only the officers of `unit` (nil: every unit), as chosen in the unit picker.
    static func filter(_ state: inout AppState, unit: String?) {
        state.officers.unitFilter = unit
        refilter(&state)
    }

    /// Shows only the officers of one standing (or all), as chosen in the status picker.
    static func filter(_ state: inout AppState, status: OfficersState.StatusFilter) {
        state.officers.statusFilter = status
        refilter(&state)
    }

    static func cycleSort(_ state: inout AppState) -> Next<AppEffect> {
        state.officers.sort = Array(OfficersState.Sort.allCases).next(after: state.officers.sort)
        if let data = state.agency.value { state.officers.rebuild(data, visibleRows: state.listRows) }
        return .none
    }

    static func clearFilters(_ state: inout AppState) -> Next<AppEffect> {
        state.officers.search = ListSearch()
        state.officers.unitFilter = nil
        state.officers.statusFilter = .all
        refilter(&state)
        return .none
    }

    /// Shows only the officers of one standing (the dashboard's way in).
    static func show(_ state: inout AppState, standing: OfficerCompliance) {
        state.officers.statusFilter = .standing(standing)
        refilter(&state)
    }

    /// Shows every officer of `unit`, search and status filter cleared (the dashboard's units list's way in).
    static func show(_ state: inout AppState, unit: String) {
        state.officers.search = ListSearch()
        state.officers.statusFilter = .all
        state.officers.unitFilter = unit
        refilter(&state)
    }

    private static func refilter(_ state: inout AppState) {
        guard let data = state.agency.value else { return }
        state.officers.refilter(data, visibleRows: state.listRows, from: state.officers.order)
    }

    // MARK: - Selection

    static func move(_ state: inout AppState, _ move: ListMove) {
        state.officers.table.apply(move, rowCount: state.officers.visible.count, visibleRows: state.listRows)
    }

    /// A click on a row selects it; a click on the selected row opens it.
    static func clicked(_ state: inout AppState, at position: Position, content: Rect) -> Next<AppEffect> {
        let table = Table(columns: [], rowCount: state.officers.visible.count, state: state.officers.table) { _ in [] }
        guard let index = table.rowIndex(at: position, in: OfficersView.tableArea(in: content)) else { return .none }
        if index == state.officers.table.selected { return open(&state) }
        state.officers.table.select(index, rowCount: state.officers.visible.count, visibleRows: state.listRows)
        return .none
    }

    /// Keeps the selection inside the rows after the screen's size changed.
    static func clampTable(_ state: inout AppState) {
        state.officers.table.clamp(rowCount: state.officers.visible.count, visibleRows: state.listRows)
    }

    // MARK: - A new load

    /// The badge of the selected officer, to select again once a new load is in.
    static func selectedBadge(_ state: AppState) -> String? {
        state.agency.value.flatMap { old in state.officers.selectedIndex.map { old.snapshot.officers[$0].badge } }
    }

    /// Re-sorts and re-filters the new load, selecting `badge` again if it is still shown.
    static func agencyArrived(_ state: inout AppState, _ data: AgencyData, keeping badge: String?) {
        state.officers.rebuild(data, visibleRows: state.listRows)
        if let badge, let officer = data.index.officer(badge: badge), let row = state.officers.visible.firstIndex(of: officer) {
            state.officers.table.select(row, rowCount: state.officers.visible.count, visibleRows: state.listRows)
        }
    }
}

extension Array where Element: Equatable {
    /// The element after `current`, the first after the last; as if `current` were first when it is not there.
    fileprivate func next(after current: Element) -> Element {
        self[((firstIndex(of: current) ?? 0) + 1) % count]
    }
}
