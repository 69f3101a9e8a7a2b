import MusterCore
import MusterStore
import TerminalUI

/// A plain-text table for the CLI: columns padded by display width so accented and CJK names align. Cells
/// are one line each, so every control character in them, line breaks and tabs too, is made visible.
///
/// Rows are kept as their escaped bytes in one buffer, and each column's width grows as they arrive: `muster
/// status` prints a table of a million and a half rows, which as arrays of strings, joined at the end, took
/// gigabytes and most of the run. As a `RowBuilder`, a table without headers is one span's rows, spelled on the
/// thread that judged them and added to the printed table with `append(contentsOf:)`.
struct TextTable: Sendable {
    private let headers: [String]
    private var widths: [Int]
    /// Every row's cells, escaped, one after another as UTF-8.
    private var bytes: [UInt8] = []
    /// Where each cell ends in `bytes`: 32 bits, since a table of four gigabytes could not be held anyway.
    private var cellEnds: [UInt32] = []
    /// Each cell's display width.
    private var cellWidths: [UInt32] = []
    /// Where each row's cells end in `cellEnds`.
    private var rowEnds: [UInt32] = []

    init(_ headers: [String]) {
        self.headers = headers.map { VisibleControls.escape($0) }
        widths = self.headers.map { displayWidth(of: $0) }
    }

    /// Rows for a table of `columnCount` columns, printed by appending them to it.
    init(columnCount: Int) {
        headers = []
        widths = Array(repeating: 0, count: columnCount)
    }

    var rowCount: Int { rowEnds.count }

    mutating func append(_ row: [String]) {
        for cell in row { appendCell(cell) }
        rowEnds.append(UInt32(cellEnds.count))
    }

    /// Another table's rows (made with `init(columnCount:)`), after this one's.
    mutating func append(contentsOf rows: TextTable) {
        for index in rows.widths.indices where index < widths.count { widths[index] = max(widths[index], rows.widths[index]) }
        let (byteShift, cellShift) = (UInt32(bytes.count), UInt32(cellEnds.count))
        bytes += rows.bytes
        cellEnds += rows.cellEnds.lazy.map { $0 + byteShift }
        cellWidths += rows.cellWidths
        rowEnds += rows.rowEnds.lazy.map { $0 + cellShift }
    }

    /// A cell as the table prints it: plain printable ASCII as it is (almost every cell), anything else escaped
    /// and measured by display width.
    private mutating func appendCell(_ cell: String) {
        let start = bytes.count
        var text = cell
        let plain = text.withUTF8 { utf8 in
            guard utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return false }
            bytes.append(contentsOf: utf8)
            return true
        }
        if !plain { bytes.append(contentsOf: VisibleControls.escape(cell).utf8) }
        endCell(width: plain ? bytes.count - start : Self.width(bytes[start...]))
    }

    private mutating func endCell(width: Int) {
        precondition(bytes.count <= UInt32.max, "a text table holds at most 4 GB")
        let column = cellEnds.count - Int(rowEnds.last ?? 0)
        cellEnds.append(UInt32(bytes.count))
        cellWidths.append(UInt32(width))
        if column < widths.count, widths[column] < width { widths[column] = width }
    }

    /// The whole table as text, without a final line break: for the small tables most commands print.
    func render() -> String {
        var text: [UInt8] = []
        write(every: .max) { text += $0 }
        if text.last == UInt8(ascii: "\n") { text.removeLast() }
        return String(decoding: text, as: UTF8.self)
    }

    /// The table's lines, each ending in a line break, handed to `body` in pieces of about `size` bytes, so a
    /// large table is printed without being spelled whole first.
    func write(every size: Int = 1 << 16, _ body: ([UInt8]) throws -> Void) rethrows {
        var piece: [UInt8] = []
        piece.reserveCapacity(min(size, 1 << 16) + 256)
        // Cells are read by position, not as an array of slices: each slice would retain the whole buffer, and
        // a status table has fifteen million cells.
        func line(_ cells: Range<Int>, _ bytes: [UInt8], _ ends: [UInt32], _ cellWidths: [UInt32]) throws {
            for cell in cells {
                if cell > cells.lowerBound { piece += [UInt8(ascii: " "), UInt8(ascii: " ")] }
                piece += bytes[(cell == 0 ? 0 : Int(ends[cell - 1]))..<Int(ends[cell])]
                let column = cell - cells.lowerBound
                if cell < cells.upperBound - 1, column < widths.count {
                    piece += repeatElement(UInt8(ascii: " "), count: widths[column] - Int(cellWidths[cell]))
                }
            }
            piece.append(UInt8(ascii: "\n"))
            if piece.count >= size {
                try body(piece)
                piece.removeAll(keepingCapacity: true)
            }
        }
        var headings = TextTable(columnCount: 0)
        headings.append(headers)
        headings.append(widths.map { String(repeating: "-", count: $0) })
        for table in [headings, self] {
            var start = 0
            for rowEnd in table.rowEnds {
                try line(start..<Int(rowEnd), table.bytes, table.cellEnds, table.cellWidths)
                start = Int(rowEnd)
            }
        }
        if !piece.isEmpty { try body(piece) }
    }

    /// A cell's display width: its byte count when it is plain ASCII, as almost every cell is.
    private static func width(_ cell: ArraySlice<UInt8>) -> Int {
        cell.allSatisfy { $0 < 0x80 } ? cell.count : displayWidth(of: String(decoding: cell, as: UTF8.self))
    }
}

extension TextTable: RowBuilder {
    /// Cells spelled once (escaped, measured) for many rows: an officer's badge, name and unit, a module's id.
    struct Run: Sendable {
        fileprivate var table: TextTable
        fileprivate var widths: [Int]
    }

    mutating func beginRow() {}

    mutating func field(_ text: String?) {
        appendCell(text ?? "")
    }

    mutating func field(_ date: CalendarDate?) {
        date?.appendISO(to: &bytes)
        endCell(width: date == nil ? 0 : 10)
    }

    func run(_ texts: [String?]) -> Run {
        var run = TextTable(columnCount: 0)
        var widths: [Int] = []
        for text in texts {
            let start = run.bytes.count
            run.appendCell(text ?? "")
            widths.append(Self.width(run.bytes[start...]))
        }
        return Run(table: run, widths: widths)
    }

    mutating func fields(_ run: Run) {
        var start = 0
        for (end, width) in zip(run.table.cellEnds, run.widths) {
            bytes += run.table.bytes[start..<Int(end)]
            endCell(width: width)
            start = Int(end)
        }
    }

    mutating func endRow() {
        rowEnds.append(UInt32(cellEnds.count))
    }
}

extension TextTable: PickableRows {
    mutating func append(_ places: ArraySlice<(span: Int, row: Int)>, of spans: [TextTable]) {
        for (span, row) in places {
            let rows = spans[span]
            let cells = (row == 0 ? 0 : Int(rows.rowEnds[row - 1]))..<Int(rows.rowEnds[row])
            for cell in cells {
                bytes += rows.bytes[(cell == 0 ? 0 : Int(rows.cellEnds[cell - 1]))..<Int(rows.cellEnds[cell])]
                endCell(width: Int(rows.cellWidths[cell]))
            }
            endRow()
        }
    }
}
