/// The Classes tab's keys, and those of finding an attendee by name while that has focus.
enum ClassesBindings {
    static let bindings: [KeyBinding] = [
        KeyBinding(.classesEdit, [.enter, .character("e")], in: .classes, "Edit the selected field", short: "edit", hint: true,
                   perform: ClassesUpdate.edit),
        KeyBinding(.classesAddDue, [.character("d")], in: .classes, "Add every officer assigned and due for the module, unmarked",
                   short: "add due", hint: true, disabledReason: addDueRefusal, perform: ClassesUpdate.addDue),
        KeyBinding(.classesAddUnit, [.character("u")], in: .classes, "Add every officer of the unit chosen in 'Unit to add'",
                   short: "add unit", hint: true, perform: ClassesUpdate.addUnit),
        KeyBinding(.classesRecord, [.ctrl("s")], in: .classes,
                   "Record the roster; a later date schedules the class; an opened class enrols, marks and records "
                   + "(more than \(ClassesUpdate.confirmAbove) lines asks first)", short: "save",
                   hint: true, disabledReason: { $0.context.refusal(.recordCompletions) }, perform: ClassesUpdate.save),
        KeyBinding(.classesClear, [.character("x")], in: .classes,
                   "Clear the session form (more than \(ClassesUpdate.confirmAbove) lines asks first)", short: "clear",
                   perform: ClassesUpdate.clearAsking),
        KeyBinding(.classesOpen, [.character("o")], in: .classes, "Open the next upcoming class: enrol, mark attendance, record",
                   short: "open class", hint: true, perform: ClassesUpdate.openNext),
        KeyBinding(.classesFind, [.character("/")], in: .classes, "Find an officer by name or badge to sign in", short: "find",
                   hint: true, perform: ClassesUpdate.startFind),
        KeyBinding(.findAdd, [.enter], in: .classSearch, "Add the selected officer to the roster", short: "add", hint: true,
                   perform: ClassesUpdate.addFound),
        KeyBinding(.findCancel, [.escape], in: .classSearch, "Stop finding", short: "done", hint: true,
                   perform: ClassesUpdate.stopFind),
        KeyBinding(.findUp, [.up], in: .classSearch, "Previous match", short: "up", perform: ClassesUpdate.previousMatch),
        KeyBinding(.findDown, [.down], in: .classSearch, "Next match", short: "down", perform: ClassesUpdate.nextMatch),
    ]

    /// The question asked before recording or clearing a long sheet.
    static let confirmSheet: [KeyBinding] = [
        KeyBinding(.sheetYes, [.character("y")], in: .confirmSheet, "Yes: go ahead with the whole sheet", short: "yes",
                   hint: true, perform: ClassesUpdate.confirmYes),
        KeyBinding(.sheetNo, [.character("n"), .escape], in: .confirmSheet, "No: keep the sheet, write nothing", short: "no",
                   hint: true, perform: ClassesUpdate.confirmNo),
    ]

    private static func addDueRefusal(_ state: AppState) -> String? {
        let module = state.classes.form[.module]?.trimmed ?? ""
        if state.context.curriculum.module(module) == nil { return "Fill in the Module field first" }
        return Keymap.standingsRefusal(state)
    }
}
