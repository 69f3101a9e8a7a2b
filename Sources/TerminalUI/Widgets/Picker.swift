/// A list dialog to choose one value from, with a filter line typed to narrow it:
///
/// ```
/// ┌ Unit ─────────────────────┐
/// │ Filter [pat_____________] │
/// │ ▶ Patrol North            │
/// │   Patrol South            │
/// └ ↑↓ move · Enter choose ───┘
/// ```
///
/// `options` are the rows already narrowed by the caller (which decides what matches); `state` is the
/// selection among them. Rows scroll to keep the selection in view.
public struct Picker: Widget {
    public var title: String
    public var filter: TextInput
    public var options: [String]
    public var state: TableState
    public var footer: String
    public var emptyMessage: String
    /// Widest the dialog grows (columns), and most rows it lists at once.
    public var maxWidth: Int
    public var maxRows: Int

    public init(title: String, filter: TextInput, options: [String], state: TableState, footer: String = "",
                emptyMessage: String = "Nothing matches", maxWidth: Int = 72, maxRows: Int = 12) {
        self.title = title
        self.filter = filter
        self.options = options
        self.state = state
        self.footer = footer
        self.emptyMessage = emptyMessage
        self.maxWidth = maxWidth
        self.maxRows = maxRows
    }

    /// The rectangle the dialog occupies when centred in `area`.
    public func frame(in area: Rect) -> Rect {
        let widest = ([displayWidth(of: title) + 4, displayWidth(of: footer) + 4, 30] + options.map { displayWidth(of: $0) + 4 }).max() ?? 30
        let width = min(maxWidth, max(0, area.width - 2), widest + 4)
        let rows = min(maxRows, max(1, options.count), max(1, area.height - 3))
        return area.centered(width: width, height: rows + 3)
    }

    /// Where the list rows sit inside the dialog's frame (below the filter line).
    public static func listArea(in frame: Rect) -> Rect {
        let inner = Box.inner(frame).inset(horizontal: 1)
        return Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: max(0, inner.height - 1))
    }

    /// The option index shown at `position`, or nil (for mouse clicks).
    public func optionIndex(at position: Position, in area: Rect) -> Int? {
        table.rowIndex(at: position, in: Self.listArea(in: frame(in: area)))
    }

    /// Where the terminal cursor belongs: the end of the filter text.
    public func cursorPosition(in area: Rect) -> Position? {
        let inner = Box.inner(frame(in: area)).inset(horizontal: 1)
        return field.cursorPosition(in: inner.row(0))
    }

    private var field: TextField { TextField(label: "Filter", input: filter, isFocused: true, placeholder: "type to narrow") }

    private var table: Table {
        let options = options
        return Table(columns: [TableColumn("", width: .fill(1))], rowCount: options.count, state: state,
                     emptyMessage: emptyMessage, showsHeader: false) { [TableCell(options[$0])] }
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        let box = frame(in: area)
        buffer.render(Box(title: title, footer: footer), in: box)
        let inner = Box.inner(box).inset(horizontal: 1)
        guard !inner.isEmpty else { return }
        buffer.render(field, in: inner.row(0))
        buffer.render(table, in: Self.listArea(in: box))
    }
}
