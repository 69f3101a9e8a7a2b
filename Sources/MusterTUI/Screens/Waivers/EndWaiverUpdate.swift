import MusterCore
import TerminalUI

/// Ending a waiver from the officer's record: confirmed, it becomes `RecordCommand.endWaiver` on the
/// session's day, through the same write path as `muster waivers end`.
enum EndWaiverUpdate {
    static func confirm(_ state: inout AppState) -> Next<AppEffect> {
        guard case .confirmEndWaiver(let waiver) = state.modal else { return .none }
        state.modal = nil
        state.status = .info("Ending waiver #\(waiver.id)…")
        return .run(.perform(.endWaiver(id: waiver.id, on: state.context.asOf)))
    }

    static func keep(_ state: inout AppState) -> Next<AppEffect> {
        state.modal = nil
        return .none
    }
}
