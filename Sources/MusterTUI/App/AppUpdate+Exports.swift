import MusterCore
import TerminalUI

extension AppUpdate {
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
    static func writeExport(_ state: inout AppState) -> Next<AppEffect> {
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
        state.exports.isWriting = true
        state.exports.progress = ExportProgress(rowsWritten: 0)
        state.exports.result = nil
        state.exports.error = nil
        state.exports.form.isEditing = false
        return .run(.export(request))
    }
}
