import TerminalUI

/// Muster's key bindings: each screen's own list (`Screens/X/XBindings.swift`) joined into one table, read
/// by dispatch (`binding(for:in:)`), the hint bar (`hints(for:)`), the help overlay (`helpGroups(for:)`) and
/// `muster keys`. The order of the lists is the order `muster keys` prints.
enum Keymap {
    static let bindings: [KeyBinding] = [
        ConfirmQuitBindings.bindings,
        ConfirmReplaceBindings.bindings,
        ClassesBindings.confirmSheet,
        HelpBindings.bindings,
        FormBindings.bindings,
        OfficersBindings.search,
        DetailBindings.bindings,
        OfficersBindings.bindings,
        DashboardBindings.bindings,
        ModulesBindings.bindings,
        ClassesBindings.bindings,
        ExportsBindings.bindings,
        ListBindings.bindings,
        GlobalBindings.bindings,
    ].flatMap { $0 }

    /// Global actions whose keys are never text (Ctrl-R): they work whatever has focus, inside forms, dialogs
    /// and searches too, unless the focused screen binds the key itself.
    static let anywhere: Set<ActionID> = [.refresh]

    /// The binding a key triggers in the given contexts (earlier contexts first), else an `anywhere` one, or nil.
    static func binding(for key: Key, in contexts: [KeyContext]) -> KeyBinding? {
        for context in contexts {
            if let binding = bindings.first(where: { $0.context == context && $0.keys.contains(key) }) { return binding }
        }
        return bindings.first { anywhere.contains($0.id) && $0.keys.contains(key) }
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
        let contexts = activeContexts(underlying)
        func hint(_ binding: KeyBinding) -> KeyHint {
            let reason = binding.disabledReason(underlying).map { " — unavailable: \($0)" } ?? ""
            return KeyHint(key: binding.keyLabel, label: binding.description + reason)
        }
        let groups = contexts.map { context in
            HelpGroup(title: context.title, entries: bindings.filter { $0.context == context }.map(hint))
        }
        guard !contexts.contains(.global) else { return groups }
        return groups + [HelpGroup(title: KeyContext.global.title, entries: bindings.filter { anywhere.contains($0.id) }.map(hint))]
    }

    /// The contexts whose bindings apply now, most specific first: which screen has the keys.
    static func activeContexts(_ state: AppState) -> [KeyContext] {
        switch state.modal {
        case .confirmQuit: return [.confirm]
        case .confirmReplace: return [.confirmReplace]
        case .confirmSheet: return [.confirmSheet]
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

    /// Actions that need every officer's standing wait until the agency snapshot is in.
    static func standingsRefusal(_ state: AppState) -> String? {
        state.agency.value?.hasStandings == true ? nil : "The standings are still being computed; try again in a moment"
    }
}
