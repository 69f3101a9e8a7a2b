/// A grid of cells that widgets render into: the whole screen, or an off-screen frame.
///
/// Buffers are values. Screens are drawn by building a fresh buffer every frame (immediate mode) and
/// handing it to the runtime, which diffs it against the previous frame (`Buffer.changes(from:to:)`) and
/// sends only the changed cells to the terminal.
///
/// Invariant kept by every write: a cell whose grapheme is wide is always followed by a continuation cell,
/// and a continuation cell always follows a wide grapheme. Overwriting half of a wide grapheme blanks the
/// other half.
public struct Buffer: Hashable, Sendable {
    public let size: Size
    /// Row-major cells, `size.columns * size.rows` of them.
    public private(set) var cells: [Cell]

    /// A buffer of `size` filled with `cell` (blank by default).
    public init(size: Size, filledWith cell: Cell = .blank) {
        self.size = Size(columns: max(0, size.columns), rows: max(0, size.rows))
        self.cells = Array(repeating: cell, count: self.size.columns * self.size.rows)
    }

    /// A buffer whose rows are `lines` (each padded or cut to the widest line), in the plain style.
    /// Handy for expected values in tests.
    public init(lines: [String]) {
        let width = lines.map { displayWidth(of: $0) }.max() ?? 0
        self.init(size: Size(columns: width, rows: lines.count))
        for (row, line) in lines.enumerated() {
            write(line, at: Position(column: 0, row: row))
        }
    }

    /// The whole buffer as a rectangle.
    public var area: Rect { Rect(size: size) }

    /// The cell at `position`, or nil outside the buffer.
    public subscript(position: Position) -> Cell? {
        guard area.contains(position) else { return nil }
        return cells[position.row * size.columns + position.column]
    }

    /// The cell at column `column`, row `row` (nil outside the buffer).
    public subscript(column: Int, row: Int) -> Cell? {
        self[Position(column: column, row: row)]
    }

    // MARK: - Writing

    /// Writes `text` starting at `position`, one grapheme per display column (two for wide ones), clipped
    /// to `clip` (default: the whole buffer). A wide grapheme that would cross the clip's right edge is
    /// replaced by a space. Control characters are drawn as visible escapes (`VisibleControls`); other
    /// zero-width graphemes are skipped.
    ///
    /// - Returns: the column just after the last one written (or the clip's edge).
    @discardableResult
    public mutating func write(_ text: String, at position: Position, style: Style = .plain, clippedTo clip: Rect? = nil) -> Int {
        let bounds = (clip ?? area).intersection(area)
        guard position.row >= bounds.y, position.row < bounds.maxY else { return position.column }
        var column = position.column
        for character in VisibleControls.escape(text) {
            let width = displayWidth(of: character)
            if width == 0 { continue }
            if column >= bounds.maxX { break }
            if column < bounds.x {
                column += width  // scrolled off to the left
                continue
            }
            if width == 2 && column + 1 >= bounds.maxX {
                put(" ", width: 1, style: style, column: column, row: position.row)
                column += 1
                break
            }
            put(character, width: width, style: style, column: column, row: position.row)
            column += width
        }
        return min(column, bounds.maxX)
    }

    /// Sets one cell to `character` in `style` (for borders, markers, single glyphs).
    public mutating func set(_ character: Character, at position: Position, style: Style = .plain) {
        guard area.contains(position) else { return }
        let width = displayWidth(of: character)
        if width == 0 { return }
        if width == 2 && position.column + 1 >= size.columns {
            put(" ", width: 1, style: style, column: position.column, row: position.row)
        } else {
            put(character, width: width, style: style, column: position.column, row: position.row)
        }
    }

    /// Fills `rect` (clipped to the buffer) with `cell`.
    public mutating func fill(_ rect: Rect, with cell: Cell = .blank) {
        let r = rect.intersection(area)
        guard !r.isEmpty else { return }
        for row in r.y..<r.maxY {
            for column in r.x..<r.maxX { put(cell.grapheme, width: 1, style: cell.style, column: column, row: row) }
        }
    }

    /// Changes the style of every cell in `rect`, keeping the graphemes (row highlights).
    public mutating func setStyle(_ style: Style, in rect: Rect) {
        let r = rect.intersection(area)
        guard !r.isEmpty else { return }
        for row in r.y..<r.maxY {
            for column in r.x..<r.maxX { cells[row * size.columns + column].style = style }
        }
    }

    /// Writes a grapheme of known width, keeping the wide-character invariant around it.
    private mutating func put(_ character: Character, width: Int, style: Style, column: Int, row: Int) {
        let index = row * size.columns + column
        breakWideCharacter(at: index, row: row)
        if width == 2 {
            breakWideCharacter(at: index + 1, row: row)
            cells[index] = Cell(character, style: style)
            cells[index + 1] = .continuation(style)
        } else {
            cells[index] = Cell(character, style: style)
        }
    }

    /// If the cell at `index` is half of a wide grapheme, blanks the other half (it is about to be overwritten).
    private mutating func breakWideCharacter(at index: Int, row: Int) {
        let rowStart = row * size.columns, rowEnd = rowStart + size.columns
        if cells[index].isContinuation {
            if index - 1 >= rowStart { cells[index - 1] = Cell(" ", style: cells[index - 1].style) }
        } else if index + 1 < rowEnd, cells[index + 1].isContinuation {
            cells[index + 1] = Cell(" ", style: cells[index + 1].style)
        }
        cells[index].isContinuation = false
    }

    // MARK: - Reading back

    /// The text of each row, continuation cells skipped, trailing spaces kept (so widths stay visible).
    public var lines: [String] {
        (0..<size.rows).map { row in
            var line = ""
            for column in 0..<size.columns {
                let cell = cells[row * size.columns + column]
                if !cell.isContinuation { line.append(cell.grapheme) }
            }
            return line
        }
    }

    /// Each row's runs of non-plain style as "row R: columns A-B role+attr, …" (only rows with styling),
    /// in the spirit of ratatui's buffer debug output. Meant for snapshot files next to `lines`.
    public var styleRuns: [String] {
        var result: [String] = []
        for row in 0..<size.rows {
            var runs: [String] = []
            var column = 0
            while column < size.columns {
                let style = cells[row * size.columns + column].style
                var end = column
                while end + 1 < size.columns && cells[row * size.columns + end + 1].style == style { end += 1 }
                if style != .plain { runs.append("\(column)-\(end) \(style.debugName)") }
                column = end + 1
            }
            if !runs.isEmpty { result.append("row \(row): " + runs.joined(separator: ", ")) }
        }
        return result
    }
}

extension Buffer {
    /// A readable text snapshot of the buffer for checked-in expected screens: the lines between `┆`
    /// fences (so trailing spaces are visible), then `styleRuns` after a `-- styles --` line.
    ///
    /// ```
    /// ┆ Name  ┆
    /// ┆▶ Ann  ┆
    /// -- styles --
    /// row 1: 0-6 selection+bold
    /// ```
    public var snapshot: String {
        (lines.map { "┆\($0)┆" } + ["-- styles --"] + styleRuns).joined(separator: "\n") + "\n"
    }
}

extension Style {
    /// "selection+bold+reverse" — the role, then each attribute.
    public var debugName: String {
        var parts = [role.rawValue]
        if attributes.contains(.bold) { parts.append("bold") }
        if attributes.contains(.dim) { parts.append("dim") }
        if attributes.contains(.reverse) { parts.append("reverse") }
        if attributes.contains(.underline) { parts.append("underline") }
        return parts.joined(separator: "+")
    }
}
