/// The dashboard's keys: the overdue list is entered like any list (↑↓, `/`), Enter opens the officer; `u` moves
/// to the units list, where Enter opens the Officers tab filtered to the unit; `p` to the officers at risk on a
/// program, where Enter opens the officer.
enum DashboardBindings {
    static let bindings: [KeyBinding] = [
        KeyBinding(.dashboardOpen, [.enter], in: .dashboard,
                   "Open the officer of the selected overdue line, or the Officers tab filtered to the selected unit",
                   short: "open", hint: true, disabledReason: openRefusal, perform: DashboardUpdate.open),
        KeyBinding(.dashboardSearch, [.character("/")], in: .dashboard, "Search the overdue list (badge, name, unit, module)",
                   short: "search", hint: true, disabledReason: listRefusal, perform: DashboardUpdate.beginSearch),
        KeyBinding(.dashboardUnits, [.character("u")], in: .dashboard,
                   "Switch ↑↓ and Enter between the overdue list and the units list", short: "units",
                   hint: true, disabledReason: listRefusal, perform: DashboardUpdate.switchList),
        KeyBinding(.dashboardAtRisk, [.character("p")], in: .dashboard,
                   "Switch ↑↓ and Enter between the overdue list and the officers at risk on a program", short: "at risk",
                   hint: true, disabledReason: atRiskRefusal, perform: DashboardUpdate.switchToAtRisk),
        KeyBinding(.dashboardLapsed, [.character("l")], in: .dashboard, "List the lapsed officers on the Officers tab",
                   short: "lapsed officers", hint: true, disabledReason: listRefusal,
                   perform: DashboardUpdate.showLapsed),
    ]

    /// On the first-run screen there is no list yet; before the standings, none is known.
    private static func listRefusal(_ state: AppState) -> String? {
        if FirstRunView.applies(state) { return "No officers yet: import a roster first (see the steps on screen)" }
        return Keymap.standingsRefusal(state)
    }

    /// The at-risk list is drawn only when a program is assigned, and entered only when someone is on it.
    private static func atRiskRefusal(_ state: AppState) -> String? {
        if let refusal = listRefusal(state) { return refusal }
        guard let snapshot = state.agency.value?.standings, !snapshot.programs.isEmpty else { return "No program is assigned" }
        return snapshot.atRisk.isEmpty ? "Nobody is at risk on a program" : nil
    }

    private static func openRefusal(_ state: AppState) -> String? {
        if let refusal = listRefusal(state) { return refusal }
        if state.dashboard.focus == .units {
            return DashboardView.unitNames(state).isEmpty ? "No unit has anything assigned yet" : nil
        }
        if state.dashboard.focus == .atRisk { return atRiskRefusal(state) }
        return DashboardView.overdueShown(state).isEmpty ? "Nobody is on the overdue list" : nil
    }
}
