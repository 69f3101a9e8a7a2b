import TerminalUI

/// The Exports tab's update: the export form, its preview, and writing the file.
enum ExportsUpdate {
    /// Keys go into the selected field until Esc (or Enter on the last field).
    static func edit(_ state: inout AppState) -> Next<AppEffect> {
        state.exports.form.isEditing = true
        return .none
    }

    /// Opening the tab previews its current request straight away, once.
    static func entered(_ state: inout AppState) -> Next<AppEffect> {
        guard state.exports.preview == nil, state.context.refusal(.export) == nil else { return .none }
        return preview(&state, quietly: true)
    }

    /// Asks for the first rows of the export the form describes, unless that preview is already shown;
    /// `quietly` skips the error message (automatic previews).
    static func preview(_ state: inout AppState, quietly: Bool = false) -> Next<AppEffect> {
        if let refusal = state.context.refusal(.export) {
            if !quietly { state.status = .error(refusal) }
            return .none
        }
        let form = state.exports.form
        guard let request = FormValidation.exportRequest(for: form, in: state.validationContext(for: form)) else {
            if !quietly {
                state.exports.form.showsAllProblems = true
                state.status = .error("Fix the export fields first")
            }
            return .none
        }
        guard state.exports.previewedRequest != request || state.exports.preview == nil else { return .none }
        state.exports.previewedRequest = request
        state.exports.preview = .loading
        return .run(.previewExport(request))
    }

    /// Starts writing the export the form describes; progress and the result arrive as messages.
    static func write(_ state: inout AppState) -> Next<AppEffect> {
        if let refusal = state.context.refusal(.export) {
            state.status = .error(refusal)
            return .none
        }
        let form = state.exports.form
        guard let request = FormValidation.exportRequest(for: form, in: state.validationContext(for: form)) else {
            state.exports.form.showsAllProblems = true
            state.status = .error("Fix the export fields first")
            return .none
        }
        return start(&state, request)
    }

    /// Writes `request` (the form's, or the same once replacing its file was confirmed).
    static func start(_ state: inout AppState, _ request: ExportRequest) -> Next<AppEffect> {
        state.exports.isWriting = true
        state.exports.writing = request
        state.exports.progress = ExportProgress(rowsWritten: 0)
        state.exports.result = nil
        state.exports.error = nil
        state.exports.form.isEditing = false
        return .run(.export(request))
    }

    // MARK: - Results

    /// A preview arrived; one for a request no longer shown is dropped.
    static func previewed(_ state: inout AppState, _ request: ExportRequest,
                          _ result: Result<ExportPreview, Failure>) -> Next<AppEffect> {
        guard state.exports.previewedRequest == request else { return .none }
        switch result {
        case .success(let preview): state.exports.preview = .loaded(preview)
        case .failure(let failure): state.exports.preview = .failed(failure.message)
        }
        return .none
    }

    static func progressed(_ state: inout AppState, _ progress: ExportProgress) -> Next<AppEffect> {
        state.exports.progress = progress
        return .none
    }

    static func finished(_ state: inout AppState, _ result: Result<ExportResult, Failure>) -> Next<AppEffect> {
        state.exports.isWriting = false
        let request = state.exports.writing
        state.exports.writing = nil
        switch result {
        case .success(let written):
            state.exports.result = written
            state.exports.error = nil
            state.status = .success("Wrote \(written.rowCount) rows to \(written.path)")
        case .failure(let failure):
            if failure.isExistingFile, let request, !request.replaceExisting {
                state.exports.progress = nil
                return ConfirmReplaceUpdate.ask(&state, request)
            }
            state.exports.error = failure.message
            state.status = .error("Export failed: \(failure.message)")
        }
        return .none
    }
}
