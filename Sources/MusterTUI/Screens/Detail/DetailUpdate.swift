import TerminalUI

/// An officer's record: its two panes, and the forms that write to it (record, assign, waive, void).
enum DetailUpdate {
    static func back(_ state: inout AppState) -> Next<AppEffect> {
        if let tab = state.detail?.returnsTo { state.tab = tab }
        state.detail = nil
        return .none
    }

    /// Moves focus between the requirements and the history.
    static func switchPane(_ state: inout AppState) -> Next<AppEffect> {
        if let pane = state.detail?.pane { state.detail?.pane = pane == .requirements ? .history : .requirements }
        return .none
    }

    /// Moves the selection in the pane that has focus.
    static func move(_ state: inout AppState, _ move: ListMove) {
        guard var detail = state.detail else { return }
        let loaded = detail.detail.value
        switch detail.pane {
        case .requirements: detail.requirements.apply(move, rowCount: loaded?.modules.count ?? 0, visibleRows: state.listRows)
        case .history: detail.history.apply(move, rowCount: loaded?.completions.count ?? 0, visibleRows: state.listRows)
        }
        state.detail = detail
    }

    /// A click on a row of either pane gives that pane focus and selects the row.
    static func clicked(_ state: inout AppState, at position: Position, content: Rect) {
        guard var detail = state.detail, let loaded = detail.detail.value,
              let areas = DetailView.tableAreas(state, content: content) else { return }
        if areas.requirements.contains(position) {
            let table = Table(columns: [], rowCount: loaded.modules.count, state: detail.requirements) { _ in [] }
            guard let index = table.rowIndex(at: position, in: areas.requirements) else { return }
            detail.pane = .requirements
            detail.requirements.select(index, rowCount: loaded.modules.count, visibleRows: state.listRows)
        } else if areas.history.contains(position) {
            let table = Table(columns: [], rowCount: loaded.completions.count, state: detail.history) { _ in [] }
            guard let index = table.rowIndex(at: position, in: areas.history) else { return }
            detail.pane = .history
            detail.history.select(index, rowCount: loaded.completions.count, visibleRows: state.listRows)
        }
        state.detail = detail
    }

    static func officerLoaded(_ state: inout AppState, badge: String, _ result: Result<OfficerDetail, Failure>) -> Next<AppEffect> {
        guard var detail = state.detail, detail.badge == badge else { return .none }
        switch result {
        case .success(let loaded):
            detail.detail = .loaded(loaded)
            detail.requirements.clamp(rowCount: loaded.modules.count, visibleRows: state.listRows)
            detail.history.clamp(rowCount: loaded.completions.count, visibleRows: state.listRows)
        case .failure(let failure):
            detail.detail = .failed(failure.message)
        }
        state.detail = detail
        return .none
    }

    // MARK: - Forms over the record

    /// Records a completion, of the selected requirement's module if any.
    static func record(_ state: inout AppState) -> Next<AppEffect> {
        guard let detail = state.detail else { return .none }
        state.modal = .form(FormCatalog.recordCompletion(
            badge: detail.badge, moduleID: detail.selectedStanding?.moduleID, curriculum: state.context.curriculum,
            asOf: state.context.asOf))
        return .none
    }

    static func assign(_ state: inout AppState) -> Next<AppEffect> {
        guard let detail = state.detail else { return .none }
        state.modal = .form(FormCatalog.assign(badge: detail.badge, unit: detail.detail.value?.officer.unit, moduleID: nil))
        return .none
    }

    static func waive(_ state: inout AppState) -> Next<AppEffect> {
        guard let detail = state.detail else { return .none }
        state.modal = .form(FormCatalog.waive(badge: detail.badge, moduleID: detail.selectedStanding?.moduleID,
                                              asOf: state.context.asOf))
        return .none
    }

    static func incident(_ state: inout AppState) -> Next<AppEffect> {
        guard let detail = state.detail else { return .none }
        state.modal = .form(FormCatalog.incident(badge: detail.badge, asOf: state.context.asOf))
        return .none
    }

    /// Voids the completion selected in History.
    static func void(_ state: inout AppState) -> Next<AppEffect> {
        guard let completion = state.detail?.selectedCompletion else { return .none }
        state.modal = .form(FormCatalog.void(completion))
        return .none
    }
}
