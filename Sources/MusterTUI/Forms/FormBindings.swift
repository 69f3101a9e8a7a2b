/// The keys of a form being edited: a modal one (record, assign, waive, void) or a tab's (Classes, Exports).
/// Any other key is text for the focused field.
enum FormBindings {
    static let bindings: [KeyBinding] = [
        KeyBinding(.formNext, [.tab, .down], in: .form, "Next field", short: "next field", perform: FormUpdate.nextField),
        KeyBinding(.formPrevious, [.backTab, .up], in: .form, "Previous field", short: "previous field",
                   perform: FormUpdate.previousField),
        KeyBinding(.formEnter, [.enter], in: .form, "Next field; on the last field, save", short: "next/save", hint: true,
                   perform: FormUpdate.enter),
        KeyBinding(.formSave, [.ctrl("s")], in: .form, "Save the form", short: "save", hint: true,
                   disabledReason: formSaveRefusal, perform: FormUpdate.save),
        KeyBinding(.formCancel, [.escape], in: .form, "Cancel (a tab's form keeps its draft)", short: "cancel", hint: true,
                   perform: FormUpdate.cancel),
        KeyBinding(.formHelp, [.function(1), .character("?")], in: .form,
                   "Show every key of this form (? does too while the field is empty; in text it types a ?)",
                   short: "help (? if field empty)", perform: FormUpdate.help),
    ]

    private static func formSaveRefusal(_ state: AppState) -> String? {
        guard let form = state.form ?? state.tabForm else { return nil }
        return state.context.refusal(form.kind.permission)
    }
}
