/// A list's search-as-you-type query, one for every searchable list: `begin` gives the field focus, typed
/// keys narrow, `accept` keeps the query and hands the keys back to the list, `cancel` clears it.
///
/// What a query matches is the app's to decide (Muster folds case and accents); this holds only the text and
/// whether it is being edited, so every list's search behaves, and is drawn (`field`), the same way.
public struct ListSearch: Hashable, Sendable {
    public var input = TextInput()
    public var isEditing = false

    public init(_ query: String = "", isEditing: Bool = false) {
        input = TextInput(query)
        self.isEditing = isEditing
    }

    public var query: String { input.value }
    /// Whether the list shows every row (no query typed).
    public var isEmpty: Bool { input.value.isEmpty }

    public mutating func begin() { isEditing = true }

    /// Keeps the query; keys go back to the list.
    public mutating func accept() { isEditing = false }

    /// Clears the query and stops editing.
    public mutating func cancel() {
        input = TextInput()
        isEditing = false
    }

    /// Applies an editing key; true when the query changed (or the cursor moved) so the list should refilter.
    @discardableResult
    public mutating func edit(_ key: Key) -> Bool { input.handle(key) }

    public mutating func paste(_ text: String) { input.insert(text) }

    /// The field that shows the query: "/ Search [query]", focused while editing.
    public func field(label: String = "/ Search", placeholder: String = "") -> TextField {
        TextField(label: label, input: input, isFocused: isEditing, placeholder: placeholder)
    }
}
