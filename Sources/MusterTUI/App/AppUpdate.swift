import TerminalUI

/// The app's one state transition: `update(&state, message)` changes the state and says which effects to
/// run. Pure and quick: no I/O, no clock, nothing but the state and the message.
///
/// It keeps what belongs to no one screen (tabs, quit, help, reload, resizing, loading) and hands the rest
/// to the screen it concerns: a key to the binding the focused screen lists for it (`Keymap`), a result to
/// the screen that asked for it (`Screens/X/XUpdate.swift`).
enum AppUpdate {
    static func update(_ state: inout AppState, _ message: AppMessage) -> Next<AppEffect> {
        switch message {
        case .key(let key):
            return press(key, &state)
        case .resized(let size):
            state.size = size
            OfficersUpdate.clampTable(&state)
            return .none
        case .pasted(let text):
            paste(text, &state)
            return .none
        case .clicked(let position):
            return clicked(position, &state)
        case .headcountLoaded(let count):
            state.headcount = count
            return .none
        case .rosterLoaded(let roster):
            // A roster never replaces an agency already shown.
            if let roster, state.agency.value == nil { agencyArrived(roster, &state) }
            return .run(.loadAgency)
        case .agencyLoaded(.success(let loaded)):
            state.followingChanges = false
            agencyArrived(loaded, &state)
            return .none
        case .agencyLoaded(.failure(let failure)):
            state.followingChanges = false
            state.agency = .failed(failure.message)
            state.status = .error("Could not load the agency: \(failure.message)")
            return .none
        case .officerLoaded(let badge, let result):
            if state.context.isOfficerView { state.followingChanges = false }
            return DetailUpdate.officerLoaded(&state, badge: badge, result)
        case .actionFinished(let command, let result):
            return actionFinished(command, result, &state)
        case .exportPreviewed(let request, let result):
            return ExportsUpdate.previewed(&state, request, result)
        case .exportProgressed(let progress):
            return ExportsUpdate.progressed(&state, progress)
        case .exportFinished(let result):
            return ExportsUpdate.finished(&state, result)
        case .tick:
            return tick(&state)
        case .databaseVersionRead(let version):
            return databaseVersionRead(version, &state)
        case .databaseVersionSeen(let version):
            databaseVersionSeen(version, &state)
            return .none
        case .classesLoaded(let sessions):
            state.classes.upcoming = sessions
            return .none
        case .enrolmentsLoaded(let id, let result):
            ClassesUpdate.enrolmentsLoaded(&state, id, result)
            return .none
        case .classActionFinished(let commands, let result):
            return ClassesUpdate.classActionFinished(&state, commands, result)
        }
    }

    // MARK: - Input

    /// A key runs the first binding for it among the active contexts; a key no binding takes is text for
    /// the field that has focus.
    private static func press(_ key: Key, _ state: inout AppState) -> Next<AppEffect> {
        let contexts = Keymap.activeContexts(state)
        if let binding = Keymap.binding(for: key, in: contexts) {
            if let reason = binding.disabledReason(state) {
                state.status = .error(reason)
                return .none
            }
            if binding.context != .form { state.status = nil }
            return binding.perform(&state, key)
        }
        switch contexts.first {
        case .form: FormUpdate.edit(&state, key)
        case .picker: PickerUpdate.edit(&state, key)
        case .search: SearchUpdate.edit(&state, key)
        case .classSearch: ClassesUpdate.editFind(&state, key)
        default: break
        }
        return .none
    }

    /// Pasted text goes, as typed text would, into the field being edited.
    private static func paste(_ text: String, _ state: inout AppState) {
        if case .picker = state.modal {
            PickerUpdate.paste(&state, text)
        } else if state.form != nil || state.tabForm?.isEditing == true {
            FormUpdate.paste(&state, text)
        } else if state.tab == .classes, state.classes.search != nil {
            ClassesUpdate.pasteInFind(&state, text)
        } else if SearchTarget.editing(state) != nil {
            SearchUpdate.paste(&state, text)
        }
    }

    /// A click on a tab switches to it; a click on a list's row selects it, and on the selected row opens it;
    /// a click in a picker chooses. Every action also has a key: the mouse is a bonus, never needed.
    private static func clicked(_ position: Position, _ state: inout AppState) -> Next<AppEffect> {
        let layout = AppLayout(size: state.size)
        if case .picker = state.modal { return PickerUpdate.clicked(&state, at: position, content: layout.content) }
        guard state.modal == nil else { return .none }
        if SearchTarget.editing(state) != nil { _ = SearchUpdate.accept(&state) }
        if position.row == layout.tabs.y, !state.context.isOfficerView {
            let bar = TabBar(titles: Tab.allCases.map(\.title), selected: state.tab.rawValue)
            if let index = bar.tabIndex(at: position, in: layout.tabs), let tab = Tab(rawValue: index) {
                return enter(tab, &state)
            }
            return .none
        }
        if state.detail != nil, state.context.isOfficerView || state.tab == .officers {
            DetailUpdate.clicked(&state, at: position, content: layout.content)
            return .none
        }
        switch state.tab {
        case .officers: return OfficersUpdate.clicked(&state, at: position, content: layout.content)
        case .dashboard: return DashboardUpdate.clicked(&state, at: position, content: layout.content)
        case .modules: ModulesUpdate.clicked(&state, at: position, content: layout.content)
        case .classes, .exports: break
        }
        return .none
    }

    /// Hands a list key to the list on screen.
    static func move(_ state: inout AppState, _ move: ListMove) -> Next<AppEffect> {
        if state.detail != nil, state.context.isOfficerView || state.tab == .officers {
            DetailUpdate.move(&state, move)
            return .none
        }
        switch state.tab {
        case .officers: OfficersUpdate.move(&state, move)
        case .modules: ModulesUpdate.move(&state, move)
        case .classes, .exports: FormUpdate.moveTabFormFocus(&state, move)
        case .dashboard: DashboardUpdate.move(&state, move)
        }
        return .none
    }

    // MARK: - Global keys

    static func showHelp(_ state: inout AppState) -> Next<AppEffect> {
        state.modal = .help(scroll: 0)
        return .none
    }

    /// Quits, unless a form holds unsaved input: then asks first.
    static func quit(_ state: inout AppState) -> Next<AppEffect> {
        guard let unsaved = state.unsavedInput else { return .quit }
        state.modal = .confirmQuit(unsaved)
        return .none
    }

    /// Tab and Shift-Tab: the next or previous tab, round the end.
    static func cycleTab(_ state: inout AppState, forward: Bool) -> Next<AppEffect> {
        let count = Tab.allCases.count
        var next = state.tab
        // Round past the tabs the login may not open.
        repeat {
            next = Tab(rawValue: (next.rawValue + (forward ? 1 : count - 1)) % count) ?? .dashboard
        } while state.context.refusal(opening: next) != nil && next != state.tab
        return enter(next, &state)
    }

    /// The digits 1–5: the tab of that number.
    static func goToTab(_ state: inout AppState, _ key: Key) -> Next<AppEffect> {
        guard case .character(let digit) = key, let number = Int(String(digit)), let tab = Tab(rawValue: number - 1) else {
            return .none
        }
        return enter(tab, &state)
    }

    /// Reads the agency (or, before it ever arrived, the roster) and the open officer again.
    static func reload(_ state: inout AppState) -> Next<AppEffect> {
        state.status = .info("Reloading…")
        return .run(reloadEffects(state))
    }

    /// What a reload reads: the agency (or, before it ever arrived, the roster) and the open officer.
    static func reloadEffects(_ state: AppState) -> [AppEffect] {
        var effects: [AppEffect] = state.context.isOfficerView ? [] : state.agency.value == nil ? [.loadRoster] : [.loadAgency]
        if let detail = state.detail { effects.append(.loadOfficer(detail.badge)) }
        return effects
    }

    /// Switches to `tab`, which may start work of its own (Exports previews its request).
    static func enter(_ tab: Tab, _ state: inout AppState) -> Next<AppEffect> {
        if let refusal = state.context.refusal(opening: tab) {
            state.status = .error(refusal)
            return .none
        }
        state.tab = tab
        if tab == .exports { return ExportsUpdate.entered(&state) }
        // The upcoming classes are read again on each visit: the CLI or another workspace may have scheduled one.
        if tab == .classes && !state.context.isOfficerView { return .run(.loadClasses) }
        return .none
    }
}
