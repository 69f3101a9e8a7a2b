import Testing
import TerminalUI

@Suite("Buffer and diff")
struct BufferTests {
    @Test("a wide character takes its cell and a continuation cell")
    func wideCharacterWrite() {
        var buffer = Buffer(size: Size(columns: 6, rows: 1))
        let end = buffer.write("a東b", at: Position(column: 0, row: 0))
        #expect(end == 4)
        #expect(buffer.lines == ["a東b  "])
        #expect(buffer[1, 0]?.grapheme == "東")
        #expect(buffer[2, 0]?.isContinuation == true)
        #expect(buffer[3, 0]?.grapheme == "b")
    }

    @Test("writing is clipped to a rectangle and a wide character that would straddle its edge becomes a space")
    func clipping() {
        var buffer = Buffer(size: Size(columns: 8, rows: 2))
        buffer.write("abc東京", at: Position(column: 1, row: 0), clippedTo: Rect(x: 0, y: 0, width: 5, height: 1))
        buffer.write("hidden", at: Position(column: 0, row: 1), clippedTo: Rect(x: 0, y: 0, width: 8, height: 1))
        #expect(buffer.lines == [" abc    ", "        "])
        #expect(buffer[4, 0]?.isContinuation == false)
    }

    @Test("overwriting half of a wide character blanks the other half")
    func overwritingHalves() {
        var buffer = Buffer(lines: ["東京ab"])
        buffer.write("x", at: Position(column: 1, row: 0))  // second half of 東
        #expect(buffer.lines == [" x京ab"])
        buffer.write("y", at: Position(column: 2, row: 0))  // first half of 京
        #expect(buffer.lines == [" xy ab"])
        #expect(buffer.cells.allSatisfy { !$0.isContinuation })
        buffer.write("山", at: Position(column: 4, row: 0))
        #expect(buffer.lines == [" xy 山"])
    }

    @Test("the diff of identical buffers is empty")
    func identicalDiff() {
        let buffer = Buffer(lines: ["山田 太郎", "Zoë"])
        #expect(Buffer.changes(from: buffer, to: buffer).isEmpty)
    }

    @Test("the diff holds exactly the changed cells")
    func minimalDiff() {
        let old = Buffer(lines: ["hello world", "second line"])
        var new = old
        new.write("W", at: Position(column: 6, row: 0))
        new.setStyle(Style(.selection), in: Rect(x: 0, y: 1, width: 2, height: 1))
        let changes = Buffer.changes(from: old, to: new)
        #expect(changes.map(\.position) == [Position(column: 6, row: 0), Position(column: 0, row: 1), Position(column: 1, row: 1)])
        #expect(changes[0].cell.grapheme == "W")
    }

    @Test("a wide character over narrow ones is one change; its continuation is never emitted")
    func wideOverNarrow() {
        let old = Buffer(lines: ["abcd"])
        var new = old
        new.write("東", at: Position(column: 1, row: 0))
        let changes = Buffer.changes(from: old, to: new)
        #expect(changes == [CellChange(position: Position(column: 1, row: 0), cell: Cell("東"))])
    }

    @Test("narrow characters over a wide one redraw both of its columns")
    func narrowOverWide() {
        let old = Buffer(lines: ["a東d"])
        var new = old
        new.write("x", at: Position(column: 1, row: 0))
        let changes = Buffer.changes(from: old, to: new)
        #expect(changes.map(\.position.column) == [1, 2])
        #expect(changes.map(\.cell.grapheme) == ["x", " "])
    }

    @Test("without a previous buffer every cell but continuations is drawn")
    func fullDiff() {
        let new = Buffer(lines: ["東京", "ab  "])
        let changes = Buffer.changes(from: nil, to: new)
        #expect(changes.count == 6)
        #expect(changes.allSatisfy { !$0.cell.isContinuation })
    }

    @Test("style runs describe the styled stretches of each row")
    func styleRuns() {
        var buffer = Buffer(size: Size(columns: 6, rows: 2))
        buffer.write("ok", at: Position(column: 1, row: 1), style: Style(.good, .bold))
        #expect(buffer.styleRuns == ["row 1: 1-2 good+bold"])
    }
}

@Suite("Layout")
struct LayoutTests {
    @Test("rows split into fixed, percentage and fill parts that cover the rectangle")
    func rows() {
        let parts = Rect(x: 0, y: 0, width: 80, height: 24).splitRows([.fixed(1), .fill, .fixed(1)])
        #expect(parts == [
            Rect(x: 0, y: 0, width: 80, height: 1),
            Rect(x: 0, y: 1, width: 80, height: 22),
            Rect(x: 0, y: 23, width: 80, height: 1),
        ])
    }

    @Test("columns honour percentages, weights and spacing")
    func columns() {
        let parts = Rect(x: 2, y: 1, width: 101, height: 5).splitColumns([.percentage(40), .fill(1), .fill(2)], spacing: 1)
        #expect(parts.map(\.width) == [39, 20, 40])
        #expect(parts.map(\.x) == [2, 42, 63])
    }

    @Test("fixed parts larger than the space are cut, in order")
    func overflow() {
        let parts = Rect(x: 0, y: 0, width: 10, height: 3).splitColumns([.fixed(6), .fixed(6), .fill])
        #expect(parts.map(\.width) == [6, 4, 0])
    }
}

@Suite("Snapshots")
struct SnapshotTests {
    @Test("a snapshot fences each line and lists the style runs")
    func snapshot() {
        var buffer = Buffer(size: Size(columns: 7, rows: 2))
        buffer.write("Name", at: Position(column: 2, row: 0))
        buffer.write("▶ 東京", at: Position(column: 0, row: 1), style: Style(.selection, .bold))
        #expect(buffer.snapshot == """
            ┆  Name ┆
            ┆▶ 東京 ┆
            -- styles --
            row 1: 0-5 selection+bold

            """)
    }
}
