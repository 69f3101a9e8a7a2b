import MusterCore
import TerminalUI

/// Muster's key bindings: one table, read by dispatch (`binding(for:in:)`), the hint bar (`hints(for:)`)
/// and the help overlay (`helpGroups(for:)`).
enum Keymap {
    static let bindings: [KeyBinding] = [
        // MARK: Confirm and help
        KeyBinding(.confirmYes, [.character("y")], in: .confirm, "Yes: discard the unsaved input and quit", short: "quit", hint: true),
        KeyBinding(.confirmNo, [.character("n"), .escape], in: .confirm, "No: stay", short: "stay", hint: true),
        KeyBinding(.helpClose, [.escape, .character("?"), .character("q")], in: .help, "Close help", short: "close", hint: true),
        KeyBinding(.helpUp, [.up, .character("k")], in: .help, "Scroll up", short: "up"),
        KeyBinding(.helpDown, [.down, .character("j")], in: .help, "Scroll down", short: "down"),
        KeyBinding(.helpPageUp, [.pageUp], in: .help, "Scroll up a page", short: "page up"),
        KeyBinding(.helpPageDown, [.pageDown], in: .help, "Scroll down a page", short: "page down"),

        // MARK: Forms
        KeyBinding(.formNext, [.tab, .down], in: .form, "Next field", short: "next field"),
        KeyBinding(.formPrevious, [.backTab, .up], in: .form, "Previous field", short: "previous field"),
        KeyBinding(.formEnter, [.enter], in: .form, "Next field; on the last field, save", short: "next/save", hint: true),
        KeyBinding(.formSave, [.ctrl("s")], in: .form, "Save the form", short: "save", hint: true,
                   disabledReason: formSaveRefusal),
        KeyBinding(.formCancel, [.escape], in: .form, "Cancel (a tab's form keeps its draft)", short: "cancel", hint: true),

        // MARK: Search
        KeyBinding(.searchAccept, [.enter, .down], in: .search, "Keep the search and move to the table", short: "done", hint: true),
        KeyBinding(.searchCancel, [.escape], in: .search, "Clear the search", short: "clear", hint: true),

        // MARK: Officer detail
        KeyBinding(.detailBack, [.escape], in: .detail, "Back to the officers list", short: "back", hint: true),
        KeyBinding(.detailPane, [.left, .right, .character("h"), .character("l")], in: .detail,
                   "Switch between requirements and history", short: "pane", hint: true),
        KeyBinding(.officerRecord, [.character("r")], in: .detail, "Record a completion for this officer", short: "record",
                   hint: true, disabledReason: { $0.context.refusal(.recordCompletions) }),
        KeyBinding(.officerAssign, [.character("a")], in: .detail, "Assign a module or certification", short: "assign",
                   hint: true, disabledReason: { $0.context.refusal(.assign) }),
        KeyBinding(.officerWaive, [.character("w")], in: .detail, "Waive a module, with a reason", short: "waive",
                   hint: true, disabledReason: { $0.context.refusal(.waive) }),
        KeyBinding(.officerVoid, [.character("v")], in: .detail, "Void the completion selected in History, with a reason",
                   short: "void", hint: true, disabledReason: voidRefusal),

        // MARK: My training
        KeyBinding(.myTrainingPane, [.left, .right, .character("h"), .character("l")], in: .myTraining,
                   "Switch between requirements and history", short: "pane", hint: true),

        // MARK: Officers
        KeyBinding(.officersOpen, [.enter], in: .officers, "Open the selected officer", short: "open", hint: true),
        KeyBinding(.officersSearch, [.character("/")], in: .officers, "Search badge or name as you type", short: "search", hint: true),
        KeyBinding(.officersUnit, [.character("u")], in: .officers, "Filter by unit (next unit)", short: "unit", hint: true),
        KeyBinding(.officersStatus, [.character("s")], in: .officers, "Filter by status (next status)", short: "status", hint: true,
                   disabledReason: standingsRefusal),
        KeyBinding(.officersSort, [.character("o")], in: .officers, "Sort by the next column", short: "sort", hint: true),
        KeyBinding(.officersClear, [.character("x")], in: .officers, "Clear search and filters", short: "clear"),

        // MARK: Dashboard
        KeyBinding(.dashboardLapsed, [.enter, .character("l")], in: .dashboard, "List the lapsed officers on the Officers tab",
                   short: "lapsed officers", hint: true, disabledReason: standingsRefusal),

        // MARK: Modules
        KeyBinding(.modulesModules, [.character("m")], in: .modules, "Show modules by area", short: "modules", hint: true),
        KeyBinding(.modulesCertifications, [.character("c")], in: .modules, "Show certifications", short: "certs", hint: true),
        KeyBinding(.modulesCoverage, [.character("p")], in: .modules, "Show the policy-requirement coverage matrix",
                   short: "coverage", hint: true),

        // MARK: Classes
        KeyBinding(.classesEdit, [.enter, .character("e")], in: .classes, "Edit the selected field", short: "edit", hint: true),
        KeyBinding(.classesAddDue, [.character("d")], in: .classes, "Add every officer assigned and due for the module",
                   short: "add due", hint: true, disabledReason: addDueRefusal),
        KeyBinding(.classesAddUnit, [.character("u")], in: .classes, "Add every officer of the unit chosen in 'Unit to add'",
                   short: "add unit", hint: true),
        KeyBinding(.classesRecord, [.ctrl("s")], in: .classes, "Record the whole roster in one step", short: "record roster",
                   hint: true, disabledReason: { $0.context.refusal(.recordCompletions) }),
        KeyBinding(.classesClear, [.character("x")], in: .classes, "Clear the session form", short: "clear"),
        KeyBinding(.classesFind, [.character("/")], in: .classes, "Find an officer by name or badge to sign in", short: "find",
                   hint: true),
        KeyBinding(.findAdd, [.enter], in: .classSearch, "Add the selected officer to the roster", short: "add", hint: true),
        KeyBinding(.findCancel, [.escape], in: .classSearch, "Stop finding", short: "done", hint: true),
        KeyBinding(.findUp, [.up], in: .classSearch, "Previous match", short: "up"),
        KeyBinding(.findDown, [.down], in: .classSearch, "Next match", short: "down"),

        // MARK: Exports
        KeyBinding(.exportsEdit, [.enter, .character("e")], in: .exports, "Edit the selected field", short: "edit", hint: true),
        KeyBinding(.exportsPreview, [.character("p")], in: .exports, "Preview the first rows", short: "preview", hint: true),
        KeyBinding(.exportsWrite, [.character("w")], in: .exports, "Write the file", short: "write", hint: true,
                   disabledReason: { $0.context.refusal(.export) }),

        // MARK: Lists
        KeyBinding(.listUp, [.up, .character("k")], in: .list, "Move up", short: "up"),
        KeyBinding(.listDown, [.down, .character("j")], in: .list, "Move down", short: "down"),
        KeyBinding(.listPageUp, [.pageUp], in: .list, "Up a page", short: "page up"),
        KeyBinding(.listPageDown, [.pageDown], in: .list, "Down a page", short: "page down"),
        KeyBinding(.listTop, [.home, .character("g")], in: .list, "First row", short: "top"),
        KeyBinding(.listBottom, [.end, .character("G")], in: .list, "Last row", short: "bottom"),

        // MARK: Everywhere
        KeyBinding(.nextTab, [.tab], in: .global, "Next tab", short: "next tab", disabledReason: officerViewTabs),
        KeyBinding(.previousTab, [.backTab], in: .global, "Previous tab", short: "previous tab", disabledReason: officerViewTabs),
        KeyBinding(.gotoTab, (1...5).map { .character(Character(String($0))) }, in: .global,
                   "Go to Dashboard, Officers, Modules, Classes or Exports", short: "tabs", hint: true,
                   disabledReason: officerViewTabs),
        KeyBinding(.refresh, [.ctrl("r")], in: .global, "Reload from the database (changes made by the CLI show up)",
                   short: "reload"),
        KeyBinding(.quit, [.character("q")], in: .global, "Quit (asks first if a form holds unsaved input)", short: "quit",
                   hint: true),
        KeyBinding(.help, [.character("?")], in: .global, "Show every key of this screen", short: "help"),
    ]

    /// The binding a key triggers in the given contexts (earlier contexts first), or nil.
    static func binding(for key: Key, in contexts: [KeyContext]) -> KeyBinding? {
        for context in contexts {
            if let binding = bindings.first(where: { $0.context == context && $0.keys.contains(key) }) { return binding }
        }
        return nil
    }

    /// The hint bar's entries: enabled bindings marked for it, in context order.
    static func hints(for state: AppState) -> [KeyHint] {
        var seen = Set<ActionID>()
        return activeContexts(state).flatMap { context in
            bindings.filter { $0.context == context && $0.showsInHintBar && $0.disabledReason(state) == nil }
        }.compactMap { binding in
            guard seen.insert(binding.id).inserted else { return nil }
            return KeyHint(key: binding.hintKey, label: binding.shortLabel)
        }
    }

    /// Every binding of the screen under the help overlay, grouped by context; unavailable ones say why.
    static func helpGroups(for state: AppState) -> [HelpGroup] {
        var underlying = state
        if case .help = state.modal { underlying.modal = nil }
        return activeContexts(underlying).map { context in
            HelpGroup(title: context.title, entries: bindings.filter { $0.context == context }.map { binding in
                let reason = binding.disabledReason(underlying).map { " — unavailable: \($0)" } ?? ""
                return KeyHint(key: binding.keyLabel, label: binding.description + reason)
            })
        }
    }

    /// The contexts whose bindings apply now, most specific first.
    static func activeContexts(_ state: AppState) -> [KeyContext] {
        switch state.modal {
        case .confirmQuit: return [.confirm]
        case .help: return [.help]
        case .form: return [.form]
        case nil: break
        }
        if state.context.isOfficerView { return [.myTraining, .list, .global] }
        switch state.tab {
        case .dashboard: return [.dashboard, .global]
        case .officers:
            if state.detail != nil { return [.detail, .list, .global] }
            if state.officers.isSearching { return [.search] }
            return [.officers, .list, .global]
        case .modules: return [.modules, .list, .global]
        case .classes:
            if state.classes.search != nil { return [.classSearch] }
            return state.classes.form.isEditing ? [.form] : [.classes, .list, .global]
        case .exports: return state.exports.form.isEditing ? [.form] : [.exports, .list, .global]
        }
    }

    // MARK: - Why an action is unavailable

    private static func officerViewTabs(_ state: AppState) -> String? {
        state.context.isOfficerView ? "The officer view has only My training" : nil
    }

    private static func voidRefusal(_ state: AppState) -> String? {
        if let refusal = state.context.refusal(.voidCompletions) { return refusal }
        guard let detail = state.detail, detail.pane == .history else { return "Select a completion in History first (→)" }
        guard let completion = detail.selectedCompletion else { return "This officer has no completion to void" }
        if completion.isVoided { return "Completion #\(completion.id) is already voided" }
        return nil
    }

    private static func addDueRefusal(_ state: AppState) -> String? {
        let module = state.classes.form[.module]?.trimmed ?? ""
        if state.context.curriculum.module(module) == nil { return "Fill in the Module field first" }
        return standingsRefusal(state)
    }

    /// Actions that need every officer's standing wait until the agency snapshot is in.
    private static func standingsRefusal(_ state: AppState) -> String? {
        state.agency.value?.hasStandings == true ? nil : "The standings are still being computed; try again in a moment"
    }

    private static func formSaveRefusal(_ state: AppState) -> String? {
        guard let form = state.form ?? state.tabForm else { return nil }
        switch form.kind {
        case .classSession: return state.context.refusal(.recordCompletions)
        case .export: return state.context.refusal(.export)
        default: return nil
        }
    }
}
