/// The editable value of a text field and its cursor, kept in app state.
///
/// `cursor` counts graphemes (not columns) from the start, so accented and CJK input edits correctly.
public struct TextInput: Hashable, Sendable {
    public private(set) var value: String
    /// Insertion point, 0...value.count.
    public private(set) var cursor: Int

    public init(_ value: String = "", cursor: Int? = nil) {
        self.value = value
        self.cursor = min(max(0, cursor ?? value.count), value.count)
    }

    /// Applies an editing key: printable characters insert, Backspace/Delete remove, Left/Right/Home/End
    /// (and ctrl+a/ctrl+e, ctrl+u to clear) move. Returns false for keys it does not handle.
    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .character(let c):
            insert(String(c))
        case .backspace:
            guard cursor > 0 else { return true }
            let index = value.index(value.startIndex, offsetBy: cursor - 1)
            value.remove(at: index)
            cursor -= 1
        case .delete:
            guard cursor < value.count else { return true }
            value.remove(at: value.index(value.startIndex, offsetBy: cursor))
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(value.count, cursor + 1)
        case .home, .ctrl("a"): cursor = 0
        case .end, .ctrl("e"): cursor = value.count
        case .ctrl("u"):
            value = ""
            cursor = 0
        default: return false
        }
        return true
    }

    /// Inserts `text` (typed or pasted) at the cursor, dropping control characters.
    public mutating func insert(_ text: String) {
        let clean = text.filter { displayWidth(of: $0) > 0 }
        let index = value.index(value.startIndex, offsetBy: cursor)
        value.insert(contentsOf: clean, at: index)
        cursor += clean.count
    }
}
