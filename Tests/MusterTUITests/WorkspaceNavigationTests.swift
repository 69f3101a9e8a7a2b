import MusterCore
import MusterTestSupport
import TerminalUI
import Testing
@testable import MusterTUI

/// Issue 21's workspace: the dashboard's list entered, `/` on every list, filter pickers, clicks, the first-run
/// screen, waivers from an officer's record, and `?` inside forms.
@Suite("The workspace: lists, search, pickers, clicks, first run, waivers")
struct WorkspaceNavigationTests {
    /// The badges of the dashboard's overdue lines the search leaves.
    static func overdueBadges(_ h: Harness) -> [String] {
        let items = h.state.agency.value?.standings?.overdue ?? []
        return DashboardView.overdueShown(h.state).map { items[$0].badge }
    }

    // MARK: - Dashboard

    @Test("↓ and Enter on the dashboard's overdue list open that officer; Esc comes back to the dashboard")
    func dashboardEnterOpensOfficer() async throws {
        var h = await Harness()
        let badges = Self.overdueBadges(h)
        try #require(badges.count >= 2)
        await h.press(.down)
        #expect(h.state.dashboard.overdue.selected == 1)
        let next = h.sendHoldingEffects(.key(.enter))
        #expect(next.effects == [.loadOfficer(badges[1])])
        #expect(h.state.tab == .officers)
        #expect(h.state.detail?.badge == badges[1])
        await h.press(.escape)
        #expect(h.state.tab == .dashboard)
        #expect(h.state.detail == nil)
    }

    @Test("u moves to the units list; ↓ and Enter open the Officers tab filtered to that unit; u goes back")
    func dashboardUnitOpensOfficers() async throws {
        var h = await Harness()
        let units = DashboardView.unitNames(h.state)
        try #require(units.count >= 2)
        await h.press(.character("u"))
        #expect(h.state.dashboard.focus == .units)
        #expect(h.screen.joined().contains("▶ \(units[0].prefix(4))"))
        await h.press(.down)
        #expect(h.state.dashboard.units.selected == 1)
        #expect(h.state.dashboard.overdue.selected == 0)
        await h.press(.enter)
        #expect(h.state.tab == .officers && h.state.detail == nil)
        #expect(h.state.officers.unitFilter == units[1])
        let shown = h.state.officers.visible.compactMap { h.state.agency.value?.snapshot.officers[$0].unit }
        #expect(!shown.isEmpty && shown.allSatisfy { $0 == units[1] })
        await h.press(.character("1"), .character("u"))
        #expect(h.state.dashboard.focus == .overdue)
    }

    @Test("a click on a unit's bar selects it; a second click opens the Officers tab filtered to it")
    func dashboardUnitClicks() async throws {
        var h = await Harness(size: Size(columns: 120, rows: 40))
        let units = DashboardView.unitNames(h.state)
        try #require(units.count >= 3)
        let area = try #require(DashboardView.unitListArea(h.state, content: AppLayout(size: h.state.size).content))
        await h.send(.clicked(Position(column: area.x + 2, row: area.y + 2)))
        #expect(h.state.dashboard.focus == .units && h.state.dashboard.units.selected == 2)
        #expect(h.state.tab == .dashboard)
        await h.send(.clicked(Position(column: area.x + 2, row: area.y + 2)))
        #expect(h.state.tab == .officers)
        #expect(h.state.officers.unitFilter == units[2])
    }

    @Test("l still lists the lapsed officers; the hint bar offers open, search and lapsed")
    func dashboardKeys() async {
        var h = await Harness()
        let hints = Keymap.hints(for: h.state).map(\.label)
        #expect(hints.contains("open") && hints.contains("search") && hints.contains("lapsed officers"))
        await h.press(.character("l"))
        #expect(h.state.tab == .officers)
        #expect(h.state.officers.statusFilter == .standing(.lapsed))
    }

    @Test("/ on the dashboard narrows the overdue list by name; Enter keeps it, Esc clears it")
    func dashboardSearch() async throws {
        var h = await Harness()
        let all = Self.overdueBadges(h)
        await h.press(.character("/"))
        #expect(Keymap.activeContexts(h.state) == [.search])
        await h.type("saldana")
        let narrowed = Self.overdueBadges(h)
        #expect(!narrowed.isEmpty && narrowed.allSatisfy { $0 == "A-1003" })
        #expect(h.screen.joined().contains("saldana"))
        await h.press(.enter)
        #expect(!h.state.dashboard.search.isEditing)
        #expect(Self.overdueBadges(h) == narrowed)
        await h.press(.ctrl("r"))  // a reload keeps the search applied to the new load
        #expect(h.state.agency.value?.generation ?? 0 > 2)
        #expect(Self.overdueBadges(h) == narrowed)
        await h.press(.character("/"), .escape)
        #expect(Self.overdueBadges(h) == all)
    }

    // MARK: - Search on other lists

    @Test("/ on Modules narrows the list by id or title, accents and case ignored")
    func modulesSearch() async {
        var h = await Harness()
        await h.press(.character("3"))
        let all = ModulesView.rowCount(h.state)
        await h.press(.character("/"))
        await h.type("BODY")
        let shown = ModulesView.shownModules(h.state).map(\.id)
        #expect(shown == ["uof-bwc"])
        #expect(ModulesView.rowCount(h.state) == 1)
        await h.press(.escape)
        #expect(ModulesView.rowCount(h.state) == all)
    }

    @Test("/ on the certifications view narrows it by id, title or a module's id; m starts the modules view afresh")
    func certificationsSearch() async {
        var h = await Harness()
        await h.press(.character("3"), .character("c"))
        let all = ModulesView.shownCertifications(h.state)
        #expect(all.count >= 2)
        #expect(Keymap.binding(for: .character("/"), in: Keymap.activeContexts(h.state))?.disabledReason(h.state) == nil)
        await h.press(.character("/"))
        #expect(Keymap.activeContexts(h.state) == [.search])
        await h.type("PATROL USE")
        #expect(ModulesView.shownCertifications(h.state).map(\.title) == ["Patrol use of force"])
        #expect(ModulesView.rowCount(h.state) == 1)
        #expect(h.screen.joined().contains("PATROL USE"))
        #expect(!h.screen.joined().contains("CEW operator"))
        await h.press(.escape)
        #expect(ModulesView.rowCount(h.state) == all.count)
        await h.press(.character("/"))
        await h.type("zzz-no-such")
        #expect(ModulesView.rowCount(h.state) == 0)
        #expect(h.screen.joined().contains("No certification matches"))
        await h.press(.enter, .character("m"))
        #expect(h.state.modules.search.isEmpty)
    }

    @Test("the search matches the same way on every list (ListSearch.matches)", arguments: [
        ("nunez", "Ñúñez, José", true), ("SALDAÑA", "Saldaña", true), ("", "anything", true), ("bwc", "uof-deescalation", false),
    ])
    func sharedMatching(query: String, text: String, expected: Bool) {
        #expect(ListSearch(query).matches(text) == expected)
    }

    // MARK: - Pickers

    @Test("u opens a unit picker; typing narrows it; Enter filters the officers to that unit")
    func unitPicker() async throws {
        var h = await Harness()
        await h.press(.character("2"), .character("u"))
        guard case .picker(let picker) = h.state.modal else { Issue.record("no picker"); return }
        #expect(picker.options.map(\.label) == ["All units", "Investigations", "K-9", "Patrol", "Traffic"])
        #expect(Keymap.activeContexts(h.state) == [.picker])
        await h.type("traf")
        guard case .picker(let narrowed) = h.state.modal else { Issue.record("picker closed"); return }
        #expect(narrowed.shown.map { narrowed.options[$0].label } == ["Traffic"])
        await h.press(.enter)
        #expect(h.state.modal == nil)
        #expect(h.state.officers.unitFilter == "Traffic")
        let units = h.state.officers.visible.compactMap { h.state.agency.value?.snapshot.officers[$0].unit }
        #expect(!units.isEmpty && units.allSatisfy { $0 == "Traffic" })
    }

    @Test("s opens a status picker with counts; ↓ and Enter choose; Esc leaves the filter as it was")
    func statusPicker() async {
        var h = await Harness()
        await h.press(.character("2"), .character("s"), .escape)
        #expect(h.state.modal == nil)
        #expect(h.state.officers.statusFilter == .all)
        await h.press(.character("s"), .down, .enter)
        #expect(h.state.officers.statusFilter == OfficersState.StatusFilter.cycle[1])
    }

    // MARK: - Mouse

    @Test("a click on a tab switches to it; on a dashboard line selects it; on the selected line opens it")
    func clicks() async throws {
        var h = await Harness(size: Size(columns: 120, rows: 40))
        let layout = AppLayout(size: h.state.size)
        let area = try #require(DashboardView.overdueListArea(h.state, content: layout.content))
        await h.send(.clicked(Position(column: area.x + 10, row: area.y + 1)))
        #expect(h.state.dashboard.overdue.selected == 1)
        await h.send(.clicked(Position(column: area.x + 10, row: area.y + 1)))
        #expect(h.state.tab == .officers)
        #expect(h.state.detail?.badge == Self.overdueBadges(h)[1])
        let bar = TabBar(titles: Tab.allCases.map(\.title), selected: 0)
        let modulesColumn = try #require((0..<120).first { bar.tabIndex(at: Position(column: $0, row: layout.tabs.y), in: layout.tabs) == 2 })
        await h.send(.clicked(Position(column: modulesColumn, row: layout.tabs.y)))
        #expect(h.state.tab == .modules)
        let list = ModulesView.listArea(h.state, content: layout.content)
        await h.send(.clicked(Position(column: list.x + 2, row: list.y + 3)))
        #expect(h.state.modules.list.selected == 2)
    }

    @Test("a click in a picker selects a row, a second click chooses it, a click outside closes it")
    func pickerClicks() async throws {
        var h = await Harness()
        await h.press(.character("2"), .character("u"))
        let content = AppLayout(size: h.state.size).content
        guard case .picker(let picker) = h.state.modal else { Issue.record("no picker"); return }
        let rows = Picker.listArea(in: PickerView.widget(picker).frame(in: content))
        await h.send(.clicked(Position(column: rows.x + 1, row: rows.y + 3)))
        await h.send(.clicked(Position(column: rows.x + 1, row: rows.y + 3)))
        #expect(h.state.officers.unitFilter == "Patrol")
        await h.press(.character("u"))
        await h.send(.clicked(Position(column: 0, row: content.y)))
        #expect(h.state.modal == nil)
    }

    // MARK: - First run

    @Test("an empty database opens on the first-run steps, with the exact commands, not empty lists")
    func firstRun() async {
        let h = await Harness(store: FakeStore(officers: []))
        #expect(FirstRunView.applies(h.state))
        let screen = h.screen.joined(separator: "\n")
        #expect(screen.contains("muster officers import roster.csv"))
        #expect(screen.contains("muster users grant LOGIN coordinator"))
        #expect(screen.contains("muster curricula load --curricula DIR"))
        #expect(!screen.contains("Nobody is overdue"))
        let full = await Harness()
        #expect(!FirstRunView.applies(full.state))
    }

    // MARK: - Officer view

    @Test("the officer's own view names modules by title, with their dates")
    func officerViewTitles() async {
        let h = await Harness(access: FixtureAgency.officerLogin)
        let screen = h.screen.joined(separator: "\n")
        let expired = FixtureAgency.curriculum.module("uof-medical-aid")?.title ?? "?"
        #expect(screen.contains("Expired: 2026-09-01 · \(expired)"))
        #expect(!screen.contains("Expired: uof-medical-aid"))
    }

    // MARK: - Waivers

    @Test("W lists the officer's waivers; Enter asks, y ends it today through endWaiver, and the record reloads")
    func endWaiver() async throws {
        var h = await Harness()
        await h.press(.character("2"), .character("/"))
        await h.type("lindqvist")
        await h.press(.enter, .enter)
        await h.press(.character("W"))
        guard case .picker(let picker) = h.state.modal else { Issue.record("no waiver picker"); return }
        #expect(picker.options.count == 1)
        #expect(picker.options[0].label.hasPrefix("#1 "))
        #expect(picker.options[0].label.contains("in force"))
        await h.press(.enter)
        guard case .confirmEndWaiver(let waiver) = h.state.modal else { Issue.record("no confirmation"); return }
        #expect(waiver.id == 1)
        #expect(h.screen.joined().contains("End the waiver?"))
        await h.press(.character("n"))
        #expect(h.state.modal == nil)
        #expect(h.store.performed.isEmpty)
        await h.press(.character("W"), .enter, .character("y"))
        #expect(h.store.performed == [.endWaiver(id: 1, on: FixtureAgency.asOf)])
        #expect(h.state.status == .success("Ended waiver #1: its last day is 2026-11-22."))
        #expect(h.state.detail?.detail.value?.waivers.first?.until == FixtureAgency.asOf.subtracting(days: 1))
    }

    @Test("W is unavailable for an officer without waivers, and an over waiver cannot be ended")
    func waiverRefusals() async {
        var h = await Harness()
        await h.press(.character("2"), .character("/"))
        await h.type("ortiz")
        await h.press(.enter, .enter, .character("W"))
        #expect(h.state.modal == nil)
        #expect(h.state.status == .error("This officer has no waiver"))
    }

    // MARK: - ? in forms

    @Test("? in an empty form field opens help over the form, Esc returns to it; in text it types a ?; F1 always helps")
    func helpInForms() async {
        var h = await Harness()
        await h.press(.character("2"), .character("/"))
        await h.type("saldaña")
        await h.press(.enter, .enter, .character("w"))
        guard case .form(let form) = h.state.modal else { Issue.record("no waive form"); return }
        #expect(Keymap.helpHint(for: h.state)?.key == "F1")
        let reason = form.fields.firstIndex { $0.id == .reason }
        if let reason { while h.state.form?.focus != reason { await h.press(.tab) } }
        await h.press(.character("?"))
        #expect(h.state.modal == .help(scroll: 0))
        #expect(Keymap.helpGroups(for: h.state).first?.title == "Form")
        await h.press(.escape)
        guard case .form = h.state.modal else { Issue.record("help did not return to the form"); return }
        await h.type("why")
        await h.press(.character("?"))
        #expect(h.state.form?[.reason]?.value == "why?")
        await h.press(.function(1))
        #expect(h.state.modal == .help(scroll: 0))
    }
}

@Suite("Clicks through the runtime")
struct ClickProgramTests {
    @Test("a TestTerminal feeds clicks: a click on a tab switches to it, two on an officer row open the officer")
    func clicksThroughProgram() async throws {
        let terminal = TestTerminal(size: Size(columns: 100, rows: 30), script: [
            .waitUntil("the dashboard") { $0.lines.contains { $0.contains("Certification status · 11 serving") } },
            .click(column: 15, row: 1),
            .waitUntil("the officers table") { $0.lines.contains { $0.contains("Brown, Sam") } && !$0.lines.contains { $0.contains("… computing") } },
            .click(column: 20, row: 7),
            .waitUntil("the second row selected") { $0.lines[7].hasPrefix(" ▶") },
            .click(column: 20, row: 7),
            .waitUntil("that officer's record") { $0.lines.contains { $0.contains("Requirements ·") } },
            .key(.character("q")),
        ])
        let signal = try await MusterApp.run(on: terminal, client: FakeStore().client())
        #expect(signal == nil)
    }
}
