/// The keys of a list's search field while it has focus (`/` opens it on Officers, Modules and the
/// dashboard); every other key is text for it.
enum SearchBindings {
    static let bindings: [KeyBinding] = [
        KeyBinding(.searchAccept, [.enter, .down], in: .search, "Keep the search and move to the list", short: "done",
                   hint: true, perform: SearchUpdate.accept),
        KeyBinding(.searchCancel, [.escape], in: .search, "Clear the search", short: "clear", hint: true,
                   perform: SearchUpdate.cancel),
    ]
}
