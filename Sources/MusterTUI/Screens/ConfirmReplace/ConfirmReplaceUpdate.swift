import TerminalUI

/// The replace question's update: write the export over the file after all, or leave the file alone.
enum ConfirmReplaceUpdate {
    /// The export's file exists: ask before replacing it.
    static func ask(_ state: inout AppState, _ request: ExportRequest) -> Next<AppEffect> {
        state.modal = .confirmReplace(request)
        state.status = .error("'\(request.outputPath)' already exists")
        return .none
    }

    static func replace(_ state: inout AppState) -> Next<AppEffect> {
        guard case .confirmReplace(var request) = state.modal else { return .none }
        state.modal = nil
        request.replaceExisting = true
        return ExportsUpdate.start(&state, request)
    }

    static func keep(_ state: inout AppState) -> Next<AppEffect> {
        guard case .confirmReplace(let request) = state.modal else { return .none }
        state.modal = nil
        state.status = .error("Nothing written: '\(request.outputPath)' kept as it was")
        return .none
    }
}
