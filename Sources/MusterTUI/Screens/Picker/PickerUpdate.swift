import MusterCore
import TerminalUI

/// The picker's update: narrowing, moving, and what choosing does for each purpose.
enum PickerUpdate {
    // MARK: - Opening

    /// `u` on Officers: every unit, "all units" first, the current filter selected.
    static func pickUnit(_ state: inout AppState) -> Next<AppEffect> {
        let units = state.agency.value?.units ?? []
        let options = [PickerState.Option(label: "All units", value: .unit(nil))]
            + units.map { PickerState.Option(label: $0, value: .unit($0)) }
        let current = options.firstIndex { $0.value == .unit(state.officers.unitFilter) }
        state.modal = .picker(PickerState(purpose: .unitFilter, title: "Filter by unit", options: options, selecting: current))
        return .none
    }

    /// `s` on Officers: every standing, "all" first, with how many officers have it.
    static func pickStatus(_ state: inout AppState) -> Next<AppEffect> {
        let standings = state.agency.value?.standings?.standings
        let options = OfficersState.StatusFilter.cycle.map { filter -> PickerState.Option in
            switch filter {
            case .all: return PickerState.Option(label: "All statuses", value: .status(.all))
            case .standing(let status):
                let count = standings.map { " · \(grouped($0[status]))" } ?? ""
                return PickerState.Option(label: status.label + count, value: .status(filter))
            }
        }
        let current = options.firstIndex { $0.value == .status(state.officers.statusFilter) }
        state.modal = .picker(PickerState(purpose: .statusFilter, title: "Filter by status", options: options, selecting: current))
        return .none
    }

    /// `W` in an officer's record: every waiver, newest first; choosing one not over asks to end it.
    static func pickWaiver(_ state: inout AppState) -> Next<AppEffect> {
        guard let detail = state.detail, let loaded = detail.detail.value else { return .none }
        let asOf = state.context.asOf
        let options = loaded.waivers.sorted { $0.id > $1.id }.map { waiver in
            PickerState.Option(label: WaiverLine.text(waiver, state: state, asOf: asOf), value: .waiver(waiver))
        }
        state.modal = .picker(PickerState(purpose: .waivers(badge: detail.badge),
                                          title: "Waivers of \(detail.badge) · Enter ends one", options: options))
        return .none
    }

    /// The officer's incidents, newest first, with their notes where the login may read them (the store
    /// leaves notes out for anyone else).
    static func pickIncident(_ state: inout AppState) -> Next<AppEffect> {
        guard let detail = state.detail, let loaded = detail.detail.value else { return .none }
        let options = loaded.incidents.reversed().map { incident in
            PickerState.Option(label: incidentLine(incident), value: .incident(incident))
        }
        state.modal = .picker(PickerState(purpose: .incidents(badge: detail.badge),
                                          title: "Incidents of \(detail.badge)", options: options))
        return .none
    }

    static func incidentLine(_ incident: Incident) -> String {
        "#\(incident.id) \(incident.occurredOn) \(incident.kind.rawValue)" + (incident.note.map { ": \($0)" } ?? "")
            + " · recorded by \(incident.recordedBy)"
    }

    // MARK: - Keys

    static func choose(_ state: inout AppState) -> Next<AppEffect> {
        guard case .picker(let picker) = state.modal else { return .none }
        guard let option = picker.selectedOption else {
            state.status = .error("Nothing to choose: the filter leaves no row")
            return .none
        }
        state.modal = nil
        switch option.value {
        case .unit(let unit):
            OfficersUpdate.filter(&state, unit: unit)
        case .status(let filter):
            OfficersUpdate.filter(&state, status: filter)
        case .waiver(let waiver):
            if let refusal = state.context.refusal(.waive) {
                state.status = .error(refusal)
                return .none
            }
            do {
                _ = try WaiverEnding.lastDay(of: waiver, endingOn: state.context.asOf)
            } catch {
                state.status = .error("Waiver #\(waiver.id) cannot end today: \(error.description)")
                return .none
            }
            state.modal = .confirmEndWaiver(waiver)
        case .incident(let incident):
            state.status = .info(incidentLine(incident))
        }
        return .none
    }

    static func cancel(_ state: inout AppState) -> Next<AppEffect> {
        state.modal = nil
        return .none
    }

    static func move(_ state: inout AppState, _ move: ListMove) -> Next<AppEffect> {
        update(&state) { picker, rows in picker.list.apply(move, rowCount: picker.shown.count, visibleRows: rows) }
        return .none
    }

    /// A key no picker binding takes narrows the list.
    static func edit(_ state: inout AppState, _ key: Key) {
        update(&state) { picker, rows in
            if picker.filter.edit(key) { picker.list.select(0, rowCount: picker.shown.count, visibleRows: rows) }
        }
    }

    static func paste(_ state: inout AppState, _ text: String) {
        update(&state) { picker, rows in
            picker.filter.paste(text)
            picker.list.select(0, rowCount: picker.shown.count, visibleRows: rows)
        }
    }

    /// A click on a row selects it; on the selected row, chooses it; outside the dialog, closes it.
    static func clicked(_ state: inout AppState, at position: Position, content: Rect) -> Next<AppEffect> {
        guard case .picker(var picker) = state.modal else { return .none }
        let widget = PickerView.widget(picker)
        guard widget.frame(in: content).contains(position) else { return cancel(&state) }
        guard let index = widget.optionIndex(at: position, in: content) else { return .none }
        if index == picker.list.selected { return choose(&state) }
        picker.list.select(index, rowCount: picker.shown.count, visibleRows: PickerView.visibleRows(picker, content: content))
        state.modal = .picker(picker)
        return .none
    }

    private static func update(_ state: inout AppState, _ change: (inout PickerState, Int) -> Void) {
        guard case .picker(var picker) = state.modal else { return }
        change(&picker, PickerView.visibleRows(picker, content: AppLayout(size: state.size).content))
        state.modal = .picker(picker)
    }
}
