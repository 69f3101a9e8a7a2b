import TerminalUI

/// A form's fields, which one has focus, and whether it is being saved.
struct FormState: Equatable, Sendable {
    var kind: FormKind
    var fields: [FormField]
    var focus: Int = 0
    /// Whether keys go into the focused field. Modal forms always edit; tab forms toggle with Enter/Esc.
    var isEditing: Bool
    /// The values the form opened with, to tell whether it holds unsaved input.
    var initialValues: [String]
    var isSubmitting = false
    /// Set once a save was attempted, so empty required fields are flagged too.
    var showsAllProblems = false
    /// Why the last save failed, as the client said it.
    var submitError: String?

    /// Focus starts on `focus`, or else on the first empty text field.
    init(kind: FormKind, fields: [FormField], isEditing: Bool = true, focus: FieldID? = nil) {
        self.kind = kind
        self.fields = fields
        self.isEditing = isEditing
        self.initialValues = fields.map(\.value)
        self.focus = focus.flatMap { id in fields.firstIndex { $0.id == id } }
            ?? fields.firstIndex { $0.value.isEmpty && $0.choices == nil } ?? 0
    }

    var isDirty: Bool { fields.map(\.value) != initialValues }

    subscript(id: FieldID) -> FormField? {
        fields.first { $0.id == id }
    }

    /// Sets a field's value, cursor at the end.
    mutating func set(_ id: FieldID, _ value: String) {
        if let index = fields.firstIndex(where: { $0.id == id }) { fields[index].input = TextInput(value) }
    }

    mutating func moveFocus(by delta: Int) {
        guard !fields.isEmpty else { return }
        focus = (focus + delta + fields.count) % fields.count
    }

    /// Applies an editing key to the focused field.
    @discardableResult
    mutating func edit(_ key: Key) -> Bool {
        guard fields.indices.contains(focus) else { return false }
        let handled = fields[focus].handle(key)
        if handled { submitError = nil }
        return handled
    }

    mutating func insert(_ text: String) {
        guard fields.indices.contains(focus), fields[focus].choices == nil else { return }
        fields[focus].input.insert(text)
        submitError = nil
    }
}
