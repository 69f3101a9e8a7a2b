/// The dashboard's keys.
enum DashboardBindings {
    static let bindings: [KeyBinding] = [
        KeyBinding(.dashboardLapsed, [.enter, .character("l")], in: .dashboard, "List the lapsed officers on the Officers tab",
                   short: "lapsed officers", hint: true, disabledReason: Keymap.standingsRefusal,
                   perform: DashboardUpdate.showLapsed),
    ]
}
