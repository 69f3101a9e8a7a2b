/// The officers table's keys, and those of its search field while it has focus.
enum OfficersBindings {
    static let bindings: [KeyBinding] = [
        KeyBinding(.officersOpen, [.enter], in: .officers, "Open the selected officer", short: "open", hint: true,
                   perform: OfficersUpdate.open),
        KeyBinding(.officersSearch, [.character("/")], in: .officers, "Search badge or name as you type", short: "search",
                   hint: true, perform: SearchUpdate.begin),
        KeyBinding(.officersUnit, [.character("u")], in: .officers, "Filter by unit: choose from a list, typed to narrow",
                   short: "unit", hint: true, perform: PickerUpdate.pickUnit),
        KeyBinding(.officersStatus, [.character("s")], in: .officers, "Filter by status: choose from a list, typed to narrow",
                   short: "status", hint: true, disabledReason: Keymap.standingsRefusal, perform: PickerUpdate.pickStatus),
        KeyBinding(.officersSort, [.character("o")], in: .officers, "Sort by the next column", short: "sort", hint: true,
                   perform: OfficersUpdate.cycleSort),
        KeyBinding(.officersClear, [.character("x")], in: .officers, "Clear search and filters", short: "clear",
                   perform: OfficersUpdate.clearFilters),
    ]

}
