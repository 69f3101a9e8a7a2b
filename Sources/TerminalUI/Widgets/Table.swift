/// One column of a `Table`.
public struct TableColumn: Hashable, Sendable {
    /// How wide a column is.
    public enum Width: Hashable, Sendable {
        /// Exactly this many columns.
        case fixed(Int)
        /// A share (by weight) of the width left over by fixed columns.
        case fill(Int)
    }

    public var title: String
    public var width: Width
    public var alignment: Alignment

    public init(_ title: String, width: Width, alignment: Alignment = .left) {
        self.title = title
        self.width = width
        self.alignment = alignment
    }
}

/// One cell of a table row: text and an optional style (the row's style when nil).
public struct TableCell: Hashable, Sendable, ExpressibleByStringLiteral {
    public var text: String
    public var style: Style?

    public init(_ text: String, style: Style? = nil) {
        self.text = text
        self.style = style
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }
}

/// A table with a header row and virtual scrolling: it asks `row` only for the rows it shows, so it can
/// page through 100,000 rows as cheaply as through ten.
///
/// Layout of each line: a two-column marker gutter (`"▶ "` on the selected row, so the selection shows
/// without colour), then the columns separated by `columnSpacing` spaces. Cell text is cut with "…" and
/// padded by display width, so CJK and accented names stay aligned. The selected row is drawn in the
/// `.selection` role with bold.
///
/// ```swift
/// let table = Table(columns: [TableColumn("Badge", width: .fixed(6)), TableColumn("Name", width: .fill(1))],
///                   rowCount: officers.count, state: state.officerTable) { index in
///     [TableCell(officers[index].badge), TableCell(officers[index].name)]
/// }
/// buffer.render(table, in: area)
/// ```
public struct Table: Widget {
    public var columns: [TableColumn]
    public var rowCount: Int
    public var state: TableState
    public var row: (Int) -> [TableCell]
    public var columnSpacing: Int
    public var marker: String
    public var emptyMessage: String
    public var showsHeader: Bool

    public init(columns: [TableColumn], rowCount: Int, state: TableState, columnSpacing: Int = 1,
                marker: String = "▶", emptyMessage: String = "No rows", showsHeader: Bool = true,
                row: @escaping (Int) -> [TableCell]) {
        self.columns = columns
        self.rowCount = rowCount
        self.state = state
        self.row = row
        self.columnSpacing = columnSpacing
        self.marker = marker
        self.emptyMessage = emptyMessage
        self.showsHeader = showsHeader
    }

    /// How many data rows fit in `area` (its height minus the header).
    public func visibleRowCount(in area: Rect) -> Int {
        max(0, area.height - (showsHeader ? 1 : 0))
    }

    /// The data row index shown at `position` (for mouse clicks), or nil.
    public func rowIndex(at position: Position, in area: Rect) -> Int? {
        guard area.contains(position) else { return nil }
        let visible = visibleRowCount(in: area)
        let line = position.row - area.y - (showsHeader ? 1 : 0)
        guard line >= 0 else { return nil }
        let offset = TableState.offset(keeping: state.selected, current: state.offset, rowCount: rowCount, visibleRows: visible)
        let index = offset + line
        return index < rowCount ? index : nil
    }

    /// The x offset (relative to the gutter end) and width of each column for a table `width` wide.
    public func columnWidths(totalWidth: Int) -> [Int] {
        let gutter = displayWidth(of: marker) + 1
        let available = max(0, totalWidth - gutter - max(0, columns.count - 1) * columnSpacing)
        let constraints = columns.map { column -> Constraint in
            switch column.width {
            case .fixed(let n): .fixed(n)
            case .fill(let w): .fill(w)
            }
        }
        return Rect.lengths(available, constraints)
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        buffer.fill(area)
        let widths = columnWidths(totalWidth: area.width)
        let gutter = displayWidth(of: marker) + 1
        var line = 0
        if showsHeader {
            let headerStyle = Style(.header, .bold)
            buffer.setStyle(headerStyle, in: area.row(0))
            drawCells(columns.map { TableCell($0.title) }, widths: widths, gutter: gutter, style: headerStyle,
                      line: area.y, area: area, into: &buffer)
            line = 1
        }
        let visible = visibleRowCount(in: area)
        guard rowCount > 0 else {
            if visible > 0 {
                buffer.write(fitted(emptyMessage, toWidth: area.width - gutter), at: Position(column: area.x + gutter, row: area.y + line),
                             style: Style(.muted), clippedTo: area)
            }
            return
        }
        let offset = TableState.offset(keeping: state.selected, current: state.offset, rowCount: rowCount, visibleRows: visible)
        for index in offset..<min(rowCount, offset + visible) {
            let y = area.y + line + (index - offset)
            let isSelected = index == state.selected
            let rowStyle = isSelected ? Style(.selection, .bold) : Style.plain
            if isSelected {
                buffer.setStyle(rowStyle, in: Rect(x: area.x, y: y, width: area.width, height: 1))
                buffer.write(marker, at: Position(column: area.x, row: y), style: rowStyle, clippedTo: area)
            }
            drawCells(row(index), widths: widths, gutter: gutter, style: rowStyle, line: y, area: area, into: &buffer,
                      overrideCellStyles: isSelected)
        }
    }

    private func drawCells(_ cells: [TableCell], widths: [Int], gutter: Int, style: Style, line: Int, area: Rect,
                           into buffer: inout Buffer, overrideCellStyles: Bool = false) {
        var x = area.x + gutter
        for (index, width) in widths.enumerated() {
            let cell = index < cells.count ? cells[index] : TableCell("")
            let cellStyle = overrideCellStyles ? style : (cell.style ?? style)
            buffer.write(fitted(cell.text, toWidth: width, alignment: columns[index].alignment),
                         at: Position(column: x, row: line), style: cellStyle, clippedTo: area)
            x += width + columnSpacing
        }
    }
}
