import MusterCore
import TerminalUI

/// The app's one state transition: `update(&state, message)` changes the state and says which effects to
/// run. Pure and quick: no I/O, no clock, nothing but the state and the message.
enum AppUpdate {
    static func update(_ state: inout AppState, _ message: AppMessage) -> Next<AppEffect> {
        switch message {
        case .key(let key):
            return handle(key, &state)
        case .resized(let size):
            state.size = size
            state.officers.table.clamp(rowCount: state.officers.visible.count, visibleRows: state.listRows)
            return .none
        case .pasted(let text):
            if case .form(var form) = state.modal {
                form.insert(text)
                state.modal = .form(form)
            } else if let form = state.tabForm, form.isEditing {
                updateTabForm(&state) { $0.insert(text) }
            } else if state.tab == .classes, var search = state.classes.search {
                search.insert(text)
                state.classes.search = search
                findAttendees(&state)
            } else if state.tab == .officers, state.officers.isSearching {
                state.officers.search.insert(text)
                searchChanged(&state)
            }
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
            agencyArrived(loaded, &state)
            return .none
        case .agencyLoaded(.failure(let failure)):
            state.agency = .failed(failure.message)
            state.status = .error("Could not load the agency: \(failure.message)")
            return .none
        case .officerLoaded(let badge, let result):
            guard var detail = state.detail, detail.badge == badge else { return .none }
            switch result {
            case .success(let loaded):
                detail.detail = .loaded(loaded)
                detail.requirements.clamp(rowCount: loaded.modules.count, visibleRows: state.listRows)
                detail.history.clamp(rowCount: loaded.completions.count, visibleRows: state.listRows)
            case .failure(let failure):
                detail.detail = .failed(failure.message)
            }
            state.detail = detail
            return .none
        case .actionFinished(let action, let result):
            return actionFinished(action, result, &state)
        case .exportPreviewed(let request, let result):
            guard state.exports.previewedRequest == request else { return .none }
            switch result {
            case .success(let preview): state.exports.preview = .loaded(preview)
            case .failure(let failure): state.exports.preview = .failed(failure.message)
            }
            return .none
        case .exportProgressed(let progress):
            state.exports.progress = progress
            return .none
        case .exportFinished(let result):
            state.exports.isWriting = false
            switch result {
            case .success(let written):
                state.exports.result = written
                state.exports.error = nil
                state.status = .success("Wrote \(written.rowCount) rows to \(written.path)")
            case .failure(let failure):
                state.exports.error = failure.message
                state.status = .error("Export failed: \(failure.message)")
            }
            return .none
        }
    }

    // MARK: - Keys

    static func handle(_ key: Key, _ state: inout AppState) -> Next<AppEffect> {
        let contexts = Keymap.activeContexts(state)
        if let binding = Keymap.binding(for: key, in: contexts) {
            if let reason = binding.disabledReason(state) {
                state.status = .error(reason)
                return .none
            }
            if binding.context != .form { state.status = nil }
            return perform(binding.id, key: key, &state)
        }
        if contexts.first == .form {
            if case .form(var form) = state.modal {
                form.edit(key)
                state.modal = .form(form)
            } else {
                updateTabForm(&state) { $0.edit(key) }
                if state.tab == .exports { state.exports.form.matchOutputExtensionToFormat() }
            }
        } else if contexts.first == .search, state.officers.search.handle(key) {
            searchChanged(&state)
        } else if contexts.first == .classSearch, var search = state.classes.search, search.handle(key) {
            state.classes.search = search
            findAttendees(&state)
        }
        return .none
    }

    /// Shows a new load: re-sorts and re-filters the officers, keeping the selected officer selected.
    private static func agencyArrived(_ loaded: LoadedAgency, _ state: inout AppState) {
        let selectedBadge = state.agency.value.flatMap { old in state.officers.selectedIndex.map { old.snapshot.officers[$0].badge } }
        state.loadGeneration += 1
        let data = AgencyData(generation: state.loadGeneration, loaded: loaded)
        state.agency = .loaded(data)
        state.officers.rebuild(data, visibleRows: state.listRows)
        if let selectedBadge, let officer = data.index.officer(badge: selectedBadge), let row = state.officers.visible.firstIndex(of: officer) {
            state.officers.table.select(row, rowCount: state.officers.visible.count, visibleRows: state.listRows)
        }
        refreshUnitChoices(&state, units: data.units)
    }

    static func searchChanged(_ state: inout AppState) {
        guard let data = state.agency.value else { return }
        state.officers.searchChanged(data, visibleRows: state.listRows)
    }

    /// Applies `change` to the form of the current tab (Classes or Exports).
    static func updateTabForm(_ state: inout AppState, _ change: (inout FormState) -> Void) {
        switch state.tab {
        case .classes: change(&state.classes.form)
        case .exports: change(&state.exports.form)
        default: break
        }
    }

    private static func refreshUnitChoices(_ state: inout AppState, units: [String]) {
        guard let index = state.classes.form.fields.firstIndex(where: { $0.id == .unit }) else { return }
        let current = state.classes.form.fields[index].value
        let choices = units.isEmpty ? ["—"] : units
        state.classes.form.fields[index].choices = choices
        state.classes.form.fields[index].input = TextInput(choices.contains(current) ? current : choices[0])
        state.classes.form.initialValues[index] = state.classes.form.fields[index].value
    }

    /// A click on a tab switches to it; a click on an officer selects them, and a click on the selected
    /// officer opens them. (A bonus: every action also has a key.)
    private static func clicked(_ position: Position, _ state: inout AppState) -> Next<AppEffect> {
        guard state.modal == nil, !state.context.isOfficerView else { return .none }
        let layout = AppLayout(size: state.size)
        if position.row == layout.tabs.y {
            let bar = TabBar(titles: Tab.allCases.map(\.title), selected: state.tab.rawValue)
            if let index = bar.tabIndex(at: position, in: layout.tabs), let tab = Tab(rawValue: index) { return enter(tab, &state) }
            return .none
        }
        guard state.tab == .officers, state.detail == nil, !state.officers.isSearching else { return .none }
        let table = Table(columns: [], rowCount: state.officers.visible.count, state: state.officers.table) { _ in [] }
        guard let index = table.rowIndex(at: position, in: OfficersView.tableArea(in: layout.content)) else { return .none }
        if index == state.officers.table.selected { return perform(.officersOpen, key: .enter, &state) }
        state.officers.table.select(index, rowCount: state.officers.visible.count, visibleRows: state.listRows)
        return .none
    }

    // MARK: - Results of writes

    private static func actionFinished(_ action: RecordAction, _ result: Result<String, Failure>, _ state: inout AppState) -> Next<AppEffect> {
        switch result {
        case .success(let confirmation):
            state.status = .success(confirmation)
            if case .recordClass = action {
                state.classes.form = FormCatalog.classSession(asOf: state.context.asOf, units: state.agency.value?.units ?? [])
                state.classes.lastRecorded = confirmation
            } else if case .form = state.modal {
                state.modal = nil
            }
            var effects: [AppEffect] = state.context.isOfficerView ? [] : [.loadAgency]
            if let detail = state.detail { effects.append(.loadOfficer(detail.badge)) }
            return .run(effects)
        case .failure(let failure):
            state.status = .error(failure.message)
            if case .recordClass = action {
                state.classes.form.isSubmitting = false
                state.classes.form.submitError = failure.message
            } else if case .form(var form) = state.modal {
                form.isSubmitting = false
                form.submitError = failure.message
                state.modal = .form(form)
            }
            return .none
        }
    }
}
