/// The keys of the question asked when quitting would discard unsaved input.
enum ConfirmQuitBindings {
    static let bindings: [KeyBinding] = [
        KeyBinding(.confirmYes, [.character("y")], in: .confirm, "Yes: discard the unsaved input and quit", short: "quit",
                   hint: true, perform: ConfirmQuitUpdate.quit),
        KeyBinding(.confirmNo, [.character("n"), .escape], in: .confirm, "No: stay", short: "stay", hint: true,
                   perform: ConfirmQuitUpdate.stay),
    ]
}
