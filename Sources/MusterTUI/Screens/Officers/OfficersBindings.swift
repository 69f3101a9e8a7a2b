/// The officers table's keys, and those of its search field while it has focus.
enum OfficersBindings {
    static let bindings: [KeyBinding] = [
        KeyBinding(.officersOpen, [.enter], in: .officers, "Open the selected officer", short: "open", hint: true,
                   perform: OfficersUpdate.open),
        KeyBinding(.officersSearch, [.character("/")], in: .officers, "Search badge or name as you type", short: "search",
                   hint: true, perform: OfficersUpdate.startSearch),
        KeyBinding(.officersUnit, [.character("u")], in: .officers, "Filter by unit (next unit)", short: "unit", hint: true,
                   perform: OfficersUpdate.cycleUnit),
        KeyBinding(.officersStatus, [.character("s")], in: .officers, "Filter by status (next status)", short: "status", hint: true,
                   disabledReason: Keymap.standingsRefusal, perform: OfficersUpdate.cycleStatus),
        KeyBinding(.officersSort, [.character("o")], in: .officers, "Sort by the next column", short: "sort", hint: true,
                   perform: OfficersUpdate.cycleSort),
        KeyBinding(.officersClear, [.character("x")], in: .officers, "Clear search and filters", short: "clear",
                   perform: OfficersUpdate.clearFilters),
    ]

    /// While the search field has focus, every other key is text for it.
    static let search: [KeyBinding] = [
        KeyBinding(.searchAccept, [.enter, .down], in: .search, "Keep the search and move to the table", short: "done",
                   hint: true, perform: OfficersUpdate.acceptSearch),
        KeyBinding(.searchCancel, [.escape], in: .search, "Clear the search", short: "clear", hint: true,
                   perform: OfficersUpdate.cancelSearch),
    ]
}
