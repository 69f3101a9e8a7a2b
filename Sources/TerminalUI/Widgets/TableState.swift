/// A table's (or list's) selection and scroll position, kept in app state between frames.
///
/// `offset` is the index of the first visible row. Every mutating helper keeps the selection inside
/// `0..<rowCount` and the offset such that the selection is visible; `Table` re-clamps when rendering too,
/// so a stale offset (after a resize) never hides the selection.
public struct TableState: Hashable, Sendable {
    /// The selected row index, or nil when nothing is selected (an empty table).
    public var selected: Int?
    /// The first visible row.
    public var offset: Int

    public init(selected: Int? = 0, offset: Int = 0) {
        self.selected = selected
        self.offset = offset
    }

    /// Selects `index` (clamped to the rows that exist) and scrolls so it is visible.
    public mutating func select(_ index: Int, rowCount: Int, visibleRows: Int) {
        guard rowCount > 0 else {
            selected = nil
            offset = 0
            return
        }
        selected = min(max(0, index), rowCount - 1)
        offset = Self.offset(keeping: selected, current: offset, rowCount: rowCount, visibleRows: visibleRows)
    }

    /// Moves the selection by `delta` rows (negative moves up), clamped at both ends.
    public mutating func moveSelection(by delta: Int, rowCount: Int, visibleRows: Int) {
        select((selected ?? 0) + delta, rowCount: rowCount, visibleRows: visibleRows)
    }

    /// Page down / page up by one screenful.
    public mutating func page(down: Bool, rowCount: Int, visibleRows: Int) {
        moveSelection(by: (down ? 1 : -1) * max(1, visibleRows - 1), rowCount: rowCount, visibleRows: visibleRows)
    }

    /// Clamps the selection after the row count changed (a filter narrowed the rows).
    public mutating func clamp(rowCount: Int, visibleRows: Int) {
        select(selected ?? 0, rowCount: rowCount, visibleRows: visibleRows)
    }

    /// The offset to use for drawing: `current`, moved as little as possible so `selected` is visible and
    /// no empty space is shown below the last row.
    public static func offset(keeping selected: Int?, current: Int, rowCount: Int, visibleRows: Int) -> Int {
        guard visibleRows > 0, rowCount > 0 else { return 0 }
        var offset = min(max(0, current), max(0, rowCount - visibleRows))
        if let selected {
            if selected < offset { offset = selected }
            if selected >= offset + visibleRows { offset = selected - visibleRows + 1 }
        }
        return max(0, offset)
    }
}
