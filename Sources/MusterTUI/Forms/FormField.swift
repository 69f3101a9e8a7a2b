import TerminalUI

/// One labelled input of a form: free text, or one of a fixed set of choices (cycled with ←/→ or Space).
struct FormField: Equatable, Sendable {
    var id: FieldID
    var label: String
    var input: TextInput
    /// When set, the value is always one of these.
    var choices: [String]?
    var placeholder: String

    init(_ id: FieldID, _ label: String, value: String = "", placeholder: String = "") {
        self.id = id
        self.label = label
        self.input = TextInput(value)
        self.choices = nil
        self.placeholder = placeholder
    }

    init(_ id: FieldID, _ label: String, choices: [String], value: String? = nil) {
        self.id = id
        self.label = label
        self.input = TextInput(value ?? choices.first ?? "")
        self.choices = choices
        self.placeholder = ""
    }

    var value: String { input.value }
    /// The value with surrounding spaces removed, as validation reads it.
    var trimmed: String { input.value.strippingSpaces }

    /// Applies an editing key; choice fields cycle on ←/→ and Space instead. Returns false for other keys.
    mutating func handle(_ key: Key) -> Bool {
        guard let choices, !choices.isEmpty else { return input.handle(key) }
        let index = choices.firstIndex(of: input.value) ?? 0
        switch key {
        case .right, .character(" "): input = TextInput(choices[(index + 1) % choices.count])
        case .left: input = TextInput(choices[(index + choices.count - 1) % choices.count])
        default: return false
        }
        return true
    }
}
