import MusterCore
import TerminalUI

extension AppUpdate {
    /// Shows a new load: every screen that reads the agency takes it in, the officers table keeping the
    /// selected officer selected.
    static func agencyArrived(_ loaded: LoadedAgency, _ state: inout AppState) {
        let selectedBadge = OfficersUpdate.selectedBadge(state)
        state.loadGeneration += 1
        let data = AgencyData(generation: state.loadGeneration, loaded: loaded)
        state.agency = .loaded(data)
        OfficersUpdate.agencyArrived(&state, data, keeping: selectedBadge)
        DashboardUpdate.agencyArrived(&state)
        ClassesUpdate.unitsArrived(&state, data.units)
    }

    /// A write finished: the form that asked for it closes or says why not, and what it changed is read again.
    static func actionFinished(_ command: RecordCommand, _ result: Result<CommandResult, Failure>,
                               _ state: inout AppState) -> Next<AppEffect> {
        switch result {
        case .success(let stored):
            let confirmation = CommandConfirmation.sentence(for: command, result: stored)
            state.status = .success(confirmation)
            if case .recordRoster = command {
                ClassesUpdate.rosterRecorded(&state, confirmation)
            } else {
                FormUpdate.modalSaved(&state)
            }
            var effects: [AppEffect] = state.context.isOfficerView ? [] : [.loadAgency]
            if let detail = state.detail { effects.append(.loadOfficer(detail.badge)) }
            return .run(effects)
        case .failure(let failure):
            state.status = .error(failure.message)
            if case .recordRoster = command {
                ClassesUpdate.rosterFailed(&state, failure.message)
            } else {
                FormUpdate.modalFailed(&state, failure.message)
            }
            return .none
        }
    }
}
