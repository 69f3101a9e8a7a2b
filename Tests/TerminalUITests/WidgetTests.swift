import Testing
import TerminalUI

/// Renders `widget` into a blank buffer of `size` and returns the text lines.
func render(_ widget: some Widget, _ columns: Int, _ rows: Int) -> Buffer {
    var buffer = Buffer(size: Size(columns: columns, rows: rows))
    buffer.render(widget, in: buffer.area)
    return buffer
}

@Suite("Widgets")
struct WidgetTests {
    let names = ["Zoë Saldaña", "山田 太郎", "François Truffaut", "東京都渋谷区", "Ann", "Bob"]

    func table(selected: Int, offset: Int = 0) -> Table {
        Table(columns: [TableColumn("Badge", width: .fixed(5)), TableColumn("Name", width: .fill(1)),
                        TableColumn("Hrs", width: .fixed(3), alignment: .right)],
              rowCount: names.count, state: TableState(selected: selected, offset: offset)) { index in
            [TableCell("A-\(index)"), TableCell(names[index]), TableCell("\(index * 7)")]
        }
    }

    @Test("a table keeps CJK rows aligned and marks the selected row without colour")
    func tableRendering() {
        let buffer = render(table(selected: 3), 30, 5)
        #expect(buffer.lines == [
            "  Badge Name               Hrs",
            "  A-0   Zoë Saldaña          0",
            "  A-1   山田 太郎            7",
            "  A-2   François Truffaut   14",
            "▶ A-3   東京都渋谷区        21",
        ])
        #expect(buffer.styleRuns == ["row 0: 0-29 header+bold", "row 4: 0-29 selection+bold"])
    }

    @Test("a table scrolls so the selection stays visible even with a stale offset, and asks only for visible rows")
    func tableScrolling() {
        var asked: [Int] = []
        var table = self.table(selected: 5, offset: 0)
        let names = self.names
        table.row = { index in
            asked.append(index)
            return [TableCell("A-\(index)"), TableCell(names[index]), TableCell("")]
        }
        let buffer = render(table, 22, 3)
        #expect(buffer.lines == [
            "  Badge Name       Hrs",
            "  A-4   Ann           ",
            "▶ A-5   Bob           ",
        ])
        #expect(asked == [4, 5])
    }

    @Test("table state moves, pages and clamps the selection")
    func tableState() {
        var state = TableState()
        state.moveSelection(by: 7, rowCount: 100_000, visibleRows: 5)
        #expect(state == TableState(selected: 7, offset: 3))
        state.page(down: true, rowCount: 100_000, visibleRows: 5)
        #expect(state == TableState(selected: 11, offset: 7))
        state.select(200_000, rowCount: 100_000, visibleRows: 5)
        #expect(state == TableState(selected: 99_999, offset: 99_995))
        state.moveSelection(by: -3, rowCount: 100_000, visibleRows: 5)
        #expect(state == TableState(selected: 99_996, offset: 99_995))
        state.clamp(rowCount: 0, visibleRows: 5)
        #expect(state == TableState(selected: nil, offset: 0))
    }

    @Test("an empty table says so")
    func emptyTable() {
        let table = Table(columns: [TableColumn("Name", width: .fill(1))], rowCount: 0, state: TableState(), emptyMessage: "No officers") { _ in [] }
        #expect(render(table, 16, 3).lines == ["  Name          ", "  No officers   ", "                "])
    }

    @Test("a click maps to the table row under it")
    func tableClick() {
        let area = Rect(x: 0, y: 2, width: 30, height: 5)
        #expect(table(selected: 3).rowIndex(at: Position(column: 4, row: 4), in: area) == 1)
        #expect(table(selected: 3).rowIndex(at: Position(column: 4, row: 2), in: area) == nil)
    }

    @Test("the tab bar brackets the selected tab and maps clicks to tabs")
    func tabBar() {
        let tabs = TabBar(titles: ["Dashboard", "Officers", "Modules"], selected: 1)
        let buffer = render(tabs, 40, 1)
        #expect(buffer.lines == [" 1 Dashboard │[2 Officers]│ 3 Modules   "])
        #expect(buffer.styleRuns == ["row 0: 13-13 border, 14-25 selection+bold, 26-26 border"])
        #expect(tabs.tabIndex(at: Position(column: 30, row: 0), in: buffer.area) == 2)
        #expect(tabs.tabIndex(at: Position(column: 39, row: 0), in: buffer.area) == nil)
    }

    @Test("a text field shows its value, its validation message under it, and where the cursor goes")
    func textField() {
        let field = TextField(label: "Badge", input: TextInput("A-1042"), isFocused: true,
                              validationMessage: "No officer has badge A-1042")
        let buffer = render(field, 30, 2)
        #expect(buffer.lines == [
            "Badge [A-1042                ]",
            "      ✗ No officer has badge …",
        ])
        #expect(field.cursorPosition(in: buffer.area) == Position(column: 13, row: 0))
        #expect(buffer.styleRuns[1] == "row 1: 6-29 danger")
    }

    @Test("a long value scrolls so the cursor stays in the box")
    func textFieldScrolls() {
        let field = TextField(label: "Name", input: TextInput("山田 太郎 Saldaña"), isFocused: true)
        let buffer = render(field, 16, 1)
        #expect(buffer.lines == ["Name [ Saldaña ]"])
        #expect(field.cursorPosition(in: buffer.area) == Position(column: 14, row: 0))
        #expect(TextField(label: "Name", input: TextInput("")).cursorPosition(in: buffer.area) == nil)
    }

    @Test("a dialog is a centred box with a title, lines and a footer")
    func dialog() {
        let buffer = render(Dialog(title: "Quit?", lines: ["Unsaved input.", "Quit anyway?"], footer: "y/n"), 30, 6)
        #expect(buffer.lines == [
            "                              ",
            "      ┌─ Quit? ────────┐      ",
            "      │ Unsaved input. │      ",
            "      │ Quit anyway?   │      ",
            "      └────────── y/n ─┘      ",
            "                              ",
        ])
    }

    @Test("bar charts draw eighths of a cell with numbers beside the bars")
    func barChart() {
        let chart = BarChart(bars: [
            .init(label: "Patrol", value: 82, valueText: "82%"),
            .init(label: "Traffic", value: 41, valueText: "41%"),
            .init(label: "東京", value: 3, valueText: "3%"),
        ], maxValue: 100)
        #expect(render(chart, 30, 3).lines == [
            "Patrol  ██████████████▊    82%",
            "Traffic ███████▍           41%",
            "東京    ▌                   3%",
        ])
    }

    @Test("bar text in eighths", arguments: [
        (0.0, 4, "    "), (1.0, 4, "████"), (0.5, 4, "██  "), (1.0 / 32.0, 4, "▏   "), (7.0 / 32.0, 4, "▉   "), (2.0, 2, "██"),
    ] as [(Double, Int, String)])
    func barText(fraction: Double, width: Int, expected: String) {
        #expect(BarChart.barText(fraction: fraction, width: width) == expected)
    }

    @Test("a sparkline maps values to eight levels and keeps the latest values")
    func sparkline() {
        #expect(Sparkline.text([0, 2, 4, 6, 8, 10, 12, 14], width: 8) == "▁▂▃▄▅▆▇█")
        #expect(Sparkline.text([14, 0, 7, 14], width: 3) == "▁▅█")
        #expect(render(Sparkline(values: [1, 1], maxValue: 2), 4, 1).lines == ["▅▅  "])
    }

    @Test("the status line cuts the left text first")
    func statusLine() {
        #expect(render(StatusLine(left: "Officers 1/100", right: "as of 2026-11-23"), 30, 1).lines == [" Officers 1/… as of 2026-11-23"])
        #expect(render(StatusLine(left: "Ready"), 10, 1).lines == [" Ready    "])
    }

    @Test("the key hint bar keeps what fits and always ends with ? help", arguments: [
        (30, " q quit  / search  ? help     "),
        (14, " ? help       "),
        (44, " q quit  / search  ↵ open  Tab next  ? help "),
    ] as [(Int, String)])
    func keyHints(width: Int, expected: String) {
        let bar = KeyHintBar(hints: [("q", "quit"), ("/", "search"), ("↵", "open"), ("Tab", "next"), ("?", "help")]
            .map { KeyHint(key: $0, label: $1) })
        #expect(render(bar, width, 1).lines == [expected])
        #expect(bar.fittingHints(width: width).last == KeyHint(key: "?", label: "help"))
    }

    @Test("the help overlay lists keys by group and scrolls")
    func helpOverlay() {
        let overlay = HelpOverlay(groups: [
            HelpGroup(title: "Global", entries: [KeyHint(key: "q", label: "Quit"), KeyHint(key: "Tab", label: "Next tab")]),
            HelpGroup(title: "Officers", entries: [KeyHint(key: "/", label: "Search"), KeyHint(key: "Enter", label: "Open")]),
        ], scrollOffset: 1)
        let buffer = render(overlay, 30, 8)
        #expect(buffer.lines == [
            "┌─ Help ─────────────────────┐",
            "│   q      Quit              ↑",
            "│   Tab    Next tab          │",
            "│                            │",
            "│ Officers                   │",
            "│   /      Search            │",
            "│   Enter  Open              │",
            "└──── ↑↓ scroll · Esc close ─┘",
        ])
        #expect(overlay.maxScrollOffset(in: buffer.area) == 1)
    }

    @Test("a too-small terminal gets a clear message instead of a broken screen")
    func tooSmall() {
        #expect(render(TooSmallScreen(minimum: Size(columns: 80, rows: 24), actual: Size(columns: 40, rows: 5)), 40, 5).lines == [
            "                                        ",
            "        Terminal too small: 40×5        ",
            "Need at least 80×24 — please enlarge it.",
            "                                        ",
            "                                        ",
        ])
    }
}
