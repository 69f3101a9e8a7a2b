import MusterCore
import TerminalUI

extension AppUpdate {
    /// Applies `change` to the open modal form, or else the tab's form.
    static func updateForm(_ state: inout AppState, _ change: (inout FormState) -> Void) {
        if case .form(var form) = state.modal {
            change(&form)
            state.modal = .form(form)
        } else {
            updateTabForm(&state, change)
        }
    }

    /// Saves the open form: its action as an effect when valid, otherwise every problem flagged.
    static func save(_ state: inout AppState) -> Next<AppEffect> {
        guard let form = state.form ?? state.tabForm else { return .none }
        if case .export = form.kind { return writeExport(&state) }
        let context = state.validationContext(for: form)
        if let refusal = refusal(for: form.kind, state) {
            state.status = .error(refusal)
            return .none
        }
        guard let action = FormValidation.action(for: form, in: context) else {
            let problems = FormValidation.messages(for: form, in: context, includeEmptyRequired: true)
            updateForm(&state) { $0.showsAllProblems = true }
            let first = form.fields.first { problems[$0.id] != nil }.flatMap { problems[$0.id] } ?? "Check the form"
            state.status = .error(problems.count == 1 ? first : "\(problems.count) fields need fixing: \(first)")
            return .none
        }
        updateForm(&state) {
            $0.isSubmitting = true
            $0.submitError = nil
        }
        state.status = .info("Saving…")
        return .run(.perform(action))
    }

    /// Why the login may not submit a form of this kind, or nil.
    static func refusal(for kind: FormKind, _ state: AppState) -> String? {
        switch kind {
        case .recordCompletion, .classSession: state.context.refusal(.recordCompletions)
        case .assign: state.context.refusal(.assign)
        case .waive: state.context.refusal(.waive)
        case .void: state.context.refusal(.voidCompletions)
        case .export: state.context.refusal(.export)
        }
    }
}
