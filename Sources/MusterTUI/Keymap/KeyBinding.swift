import TerminalUI

/// One key binding as data: the single record behind key dispatch, the hint bar and the help overlay,
/// so they can never disagree. Each screen lists its own (`Screens/X/XBindings.swift`); `Keymap` joins them.
struct KeyBinding: Sendable {
    /// Carries out the action, already checked to be enabled: changes the state, says which effects to run.
    typealias Perform = @Sendable (inout AppState, Key) -> Next<AppEffect>

    var id: ActionID
    var keys: [Key]
    var context: KeyContext
    /// The sentence in the help overlay.
    var description: String
    /// The word or two in the hint bar.
    var shortLabel: String
    var showsInHintBar: Bool
    /// Nil while the action is available; otherwise why not, shown when the key is pressed.
    var disabledReason: @Sendable (AppState) -> String?
    var perform: Perform

    init(_ id: ActionID, _ keys: [Key], in context: KeyContext, _ description: String, short: String,
         hint: Bool = false, disabledReason: @escaping @Sendable (AppState) -> String? = { _ in nil },
         perform: @escaping Perform) {
        self.id = id
        self.keys = keys
        self.context = context
        self.description = description
        self.shortLabel = short
        self.showsInHintBar = hint
        self.disabledReason = disabledReason
        self.perform = perform
    }

    /// A binding whose action does not depend on which of its keys was pressed.
    init(_ id: ActionID, _ keys: [Key], in context: KeyContext, _ description: String, short: String,
         hint: Bool = false, disabledReason: @escaping @Sendable (AppState) -> String? = { _ in nil },
         perform: @escaping @Sendable (inout AppState) -> Next<AppEffect>) {
        self.init(id, keys, in: context, description, short: short, hint: hint, disabledReason: disabledReason) { state, _ in
            perform(&state)
        }
    }

    /// The key the hint bar shows: the first one, or both arrows for a left/right pair.
    var hintKey: String {
        if id == .gotoTab { return "1–5" }
        return keys.contains(.left) && keys.contains(.right) ? "←→" : keys.first?.label ?? ""
    }

    /// The keys as the hint bar and help print them: `↑/k`, `1–5`.
    var keyLabel: String {
        if id == .gotoTab { return "1–5" }
        if keys.contains(.left) && keys.contains(.right) { return "←→/h/l" }
        return keys.map(\.label).joined(separator: "/")
    }
}
