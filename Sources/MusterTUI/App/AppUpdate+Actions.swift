import MusterCore
import TerminalUI

extension AppUpdate {
    /// Carries out a bound action (already checked to be enabled).
    static func perform(_ id: ActionID, key: Key, _ state: inout AppState) -> Next<AppEffect> {
        switch id {
        // MARK: Global
        case .help:
            state.modal = .help(scroll: 0)
        case .quit:
            if let unsaved = state.unsavedInput {
                state.modal = .confirmQuit(unsaved)
            } else {
                return .quit
            }
        case .nextTab, .previousTab:
            let count = Tab.allCases.count
            let next = (state.tab.rawValue + (id == .nextTab ? 1 : count - 1)) % count
            return enter(Tab(rawValue: next) ?? .dashboard, &state)
        case .gotoTab:
            if case .character(let digit) = key, let number = Int(String(digit)), let tab = Tab(rawValue: number - 1) {
                return enter(tab, &state)
            }
        case .refresh:
            var effects: [AppEffect] = state.context.isOfficerView ? [] : state.agency.value == nil ? [.loadRoster] : [.loadAgency]
            if let detail = state.detail { effects.append(.loadOfficer(detail.badge)) }
            state.status = .info("Reloading…")
            return .run(effects)

        // MARK: Lists
        case .listUp: moveSelection(&state, by: -1)
        case .listDown: moveSelection(&state, by: 1)
        case .listPageUp: moveSelection(&state, by: -max(1, state.listRows - 1))
        case .listPageDown: moveSelection(&state, by: max(1, state.listRows - 1))
        case .listTop: moveSelection(&state, by: Int.min / 2)
        case .listBottom: moveSelection(&state, by: Int.max / 2)

        // MARK: Officers
        case .officersOpen:
            guard let data = state.agency.value, let index = state.officers.selectedIndex else {
                state.status = .error("No officer selected")
                return .none
            }
            let badge = data.snapshot.officers[index].badge
            state.detail = DetailState(badge: badge)
            return .run(.loadOfficer(badge))
        case .officersSearch:
            state.officers.isSearching = true
        case .searchAccept:
            state.officers.isSearching = false
        case .searchCancel:
            state.officers.isSearching = false
            state.officers.search = TextInput()
            refilterOfficers(&state)
        case .officersUnit:
            let units = state.agency.value?.units ?? []
            let cycle: [String?] = [nil] + units.map { Optional($0) }
            let index = cycle.firstIndex(of: state.officers.unitFilter) ?? 0
            state.officers.unitFilter = cycle[(index + 1) % cycle.count]
            refilterOfficers(&state)
        case .officersStatus:
            let cycle = OfficersState.StatusFilter.cycle
            let index = cycle.firstIndex(of: state.officers.statusFilter) ?? 0
            state.officers.statusFilter = cycle[(index + 1) % cycle.count]
            refilterOfficers(&state)
        case .officersSort:
            let sorts = OfficersState.Sort.allCases
            state.officers.sort = sorts[((sorts.firstIndex(of: state.officers.sort) ?? 0) + 1) % sorts.count]
            if let data = state.agency.value { state.officers.rebuild(data, visibleRows: state.listRows) }
        case .officersClear:
            state.officers.search = TextInput()
            state.officers.unitFilter = nil
            state.officers.statusFilter = .all
            refilterOfficers(&state)

        // MARK: Officer detail and My training
        case .detailBack:
            state.detail = nil
        case .detailPane, .myTrainingPane:
            if let pane = state.detail?.pane { state.detail?.pane = pane == .requirements ? .history : .requirements }
        case .officerRecord:
            guard let detail = state.detail else { return .none }
            state.modal = .form(FormCatalog.recordCompletion(
                badge: detail.badge, moduleID: detail.selectedStanding?.moduleID, curriculum: state.context.curriculum,
                asOf: state.context.asOf))
        case .officerAssign:
            guard let detail = state.detail else { return .none }
            state.modal = .form(FormCatalog.assign(
                badge: detail.badge, unit: detail.detail.value?.officer.unit, moduleID: nil))
        case .officerWaive:
            guard let detail = state.detail else { return .none }
            state.modal = .form(FormCatalog.waive(badge: detail.badge, moduleID: detail.selectedStanding?.moduleID,
                                                   asOf: state.context.asOf))
        case .officerVoid:
            guard let completion = state.detail?.selectedCompletion else { return .none }
            state.modal = .form(FormCatalog.void(completion))

        // MARK: Dashboard
        case .dashboardLapsed:
            state.tab = .officers
            state.detail = nil
            state.officers.statusFilter = .standing(.lapsed)
            refilterOfficers(&state)

        // MARK: Modules
        case .modulesModules: showModules(&state, .modules)
        case .modulesCertifications: showModules(&state, .certifications)
        case .modulesCoverage: showModules(&state, .coverage)

        // MARK: Classes
        case .classesEdit, .exportsEdit:
            updateTabForm(&state) { $0.isEditing = true }
        case .classesAddDue:
            addDueAttendees(&state)
        case .classesAddUnit:
            addUnitAttendees(&state)
        case .classesRecord:
            return save(&state)
        case .classesFind:
            state.classes.search = TextInput()
            state.classes.searchResults = []
            state.classes.searchSelection = 0
        case .findCancel:
            state.classes.search = nil
        case .findUp:
            state.classes.searchSelection = max(0, state.classes.searchSelection - 1)
        case .findDown:
            state.classes.searchSelection = min(max(0, state.classes.searchResults.count - 1), state.classes.searchSelection + 1)
        case .findAdd:
            let results = state.classes.searchResults
            guard let data = state.agency.value, results.indices.contains(state.classes.searchSelection) else {
                state.status = .error("No officer matches; type part of a name or badge")
                return .none
            }
            let row = data.snapshot.officers[results[state.classes.searchSelection]]
            appendAttendees(&state, [row.badge], source: "(\(row.displayName))")
        case .classesClear:
            state.classes.form = FormCatalog.classSession(asOf: state.context.asOf, units: state.agency.value?.units ?? [])

        // MARK: Exports
        case .exportsPreview:
            return preview(&state)
        case .exportsWrite:
            return writeExport(&state)

        // MARK: Forms
        case .formNext:
            updateForm(&state) { $0.moveFocus(by: 1) }
        case .formPrevious:
            updateForm(&state) { $0.moveFocus(by: -1) }
        case .formEnter:
            guard let form = state.form ?? state.tabForm else { return .none }
            if form.focus == form.fields.count - 1 { return save(&state) }
            updateForm(&state) { $0.moveFocus(by: 1) }
        case .formSave:
            return save(&state)
        case .formCancel:
            if case .form = state.modal {
                state.modal = nil
            } else {
                updateTabForm(&state) { $0.isEditing = false }
                if state.tab == .exports { return preview(&state, quietly: true) }
            }

        // MARK: Help and confirmation
        case .helpClose:
            state.modal = nil
        case .helpUp: scrollHelp(&state, by: -1)
        case .helpDown: scrollHelp(&state, by: 1)
        case .helpPageUp: scrollHelp(&state, by: -max(1, state.size.rows - 6))
        case .helpPageDown: scrollHelp(&state, by: max(1, state.size.rows - 6))
        case .confirmYes:
            return .quit
        case .confirmNo:
            state.modal = nil
        }
        return .none
    }

    // MARK: - Helpers

    /// Switches to `tab`; the Exports tab previews its current request straight away.
    static func enter(_ tab: Tab, _ state: inout AppState) -> Next<AppEffect> {
        state.tab = tab
        if tab == .exports, state.exports.preview == nil, state.context.refusal(.export) == nil {
            return preview(&state, quietly: true)
        }
        return .none
    }

    static func refilterOfficers(_ state: inout AppState) {
        guard let data = state.agency.value else { return }
        state.officers.refilter(data, visibleRows: state.listRows, from: state.officers.order)
    }

    /// Moves the selection of whatever list the screen shows.
    static func moveSelection(_ state: inout AppState, by delta: Int) {
        let rows = state.listRows
        func move(_ table: inout TableState, count: Int) {
            let current = table.selected ?? 0
            let target = delta <= Int.min / 4 ? 0 : delta >= Int.max / 4 ? count - 1 : current + delta
            table.select(target, rowCount: count, visibleRows: rows)
        }
        if var detail = state.detail, state.context.isOfficerView || state.tab == .officers {
            let loaded = detail.detail.value
            switch detail.pane {
            case .requirements: move(&detail.requirements, count: loaded?.modules.count ?? 0)
            case .history: move(&detail.history, count: loaded?.completions.count ?? 0)
            }
            state.detail = detail
            return
        }
        switch state.tab {
        case .officers:
            move(&state.officers.table, count: state.officers.visible.count)
        case .modules:
            move(&state.modules.list, count: ModulesView.rowCount(state))
        case .classes, .exports:
            updateTabForm(&state) { form in
                var table = TableState(selected: form.focus)
                move(&table, count: form.fields.count)
                form.focus = table.selected ?? 0
            }
        case .dashboard:
            break
        }
    }

    private static func showModules(_ state: inout AppState, _ view: ModulesState.View) {
        guard state.modules.view != view else { return }
        state.modules = ModulesState(view: view)
    }

    private static func scrollHelp(_ state: inout AppState, by delta: Int) {
        guard case .help(let scroll) = state.modal else { return }
        let overlay = HelpOverlay(groups: Keymap.helpGroups(for: state))
        let limit = overlay.maxScrollOffset(in: AppView.helpArea(state.size))
        state.modal = .help(scroll: min(max(0, scroll + delta), limit))
    }
}
