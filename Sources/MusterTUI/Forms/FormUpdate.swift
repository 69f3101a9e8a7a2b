import TerminalUI

/// The update of whichever form is being edited: the modal one if open, else the current tab's.
enum FormUpdate {
    static func nextField(_ state: inout AppState) -> Next<AppEffect> {
        updateForm(&state) { $0.moveFocus(by: 1) }
        return .none
    }

    static func previousField(_ state: inout AppState) -> Next<AppEffect> {
        updateForm(&state) { $0.moveFocus(by: -1) }
        return .none
    }

    /// Enter moves to the next field, and saves on the last one.
    static func enter(_ state: inout AppState) -> Next<AppEffect> {
        guard let form = state.form ?? state.tabForm else { return .none }
        if form.focus == form.fields.count - 1 { return save(&state) }
        updateForm(&state) { $0.moveFocus(by: 1) }
        return .none
    }

    /// Esc closes a modal form; a tab's form stops editing and keeps its draft (Exports previews it).
    static func cancel(_ state: inout AppState) -> Next<AppEffect> {
        if case .form = state.modal {
            state.modal = nil
        } else {
            updateTabForm(&state) { $0.isEditing = false }
            if state.tab == .exports { return ExportsUpdate.preview(&state, quietly: true) }
        }
        return .none
    }

    /// Saves the open form: its action as an effect when valid, otherwise every problem flagged. The Classes
    /// tab's sheet goes by `ClassesUpdate.save`, which may ask first or schedule instead.
    static func save(_ state: inout AppState) -> Next<AppEffect> {
        if state.modal == nil && state.tab == .classes { return ClassesUpdate.save(&state) }
        return saveForm(&state)
    }

    static func saveForm(_ state: inout AppState) -> Next<AppEffect> {
        guard let form = state.form ?? state.tabForm else { return .none }
        if case .export = form.kind { return ExportsUpdate.write(&state) }
        let context = state.validationContext(for: form)
        if let refusal = state.context.refusal(form.kind.permission) {
            state.status = .error(refusal)
            return .none
        }
        guard let command = FormValidation.command(for: form, in: context) else {
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
        return .run(.perform(command))
    }

    // MARK: - Text

    /// A key no form binding takes goes into the focused field.
    static func edit(_ state: inout AppState, _ key: Key) {
        if case .form(var form) = state.modal {
            form.edit(key)
            state.modal = .form(form)
        } else {
            let before = state.classes.form
            updateTabForm(&state) { $0.edit(key) }
            if state.tab == .exports { state.exports.form.matchOutputExtensionToFormat() }
            if state.tab == .classes { ClassesUpdate.fillHours(&state, before: before) }
        }
    }

    static func paste(_ state: inout AppState, _ text: String) {
        let before = state.classes.form
        updateForm(&state) { $0.insert(text) }
        if state.modal == nil && state.tab == .classes { ClassesUpdate.fillHours(&state, before: before) }
    }

    /// A list key on a tab's form (not editing) moves between its fields.
    static func moveTabFormFocus(_ state: inout AppState, _ move: ListMove) {
        let rows = state.listRows
        updateTabForm(&state) { form in
            var table = TableState(selected: form.focus)
            table.apply(move, rowCount: form.fields.count, visibleRows: rows)
            form.focus = table.selected ?? 0
        }
    }

    // MARK: - What a save answered

    /// The modal form's write succeeded: it closes.
    static func modalSaved(_ state: inout AppState) {
        if case .form = state.modal { state.modal = nil }
    }

    /// The modal form's write failed: it stays open, saying why.
    static func modalFailed(_ state: inout AppState, _ message: String) {
        guard case .form(var form) = state.modal else { return }
        form.isSubmitting = false
        form.submitError = message
        state.modal = .form(form)
    }

    // MARK: - Which form

    /// Applies `change` to the open modal form, or else the tab's form.
    private static func updateForm(_ state: inout AppState, _ change: (inout FormState) -> Void) {
        if case .form(var form) = state.modal {
            change(&form)
            state.modal = .form(form)
        } else {
            updateTabForm(&state, change)
        }
    }

    /// Applies `change` to the form of the current tab (Classes or Exports).
    private static func updateTabForm(_ state: inout AppState, _ change: (inout FormState) -> Void) {
        switch state.tab {
        case .classes: change(&state.classes.form)
        case .exports: change(&state.exports.form)
        default: break
        }
    }
}
