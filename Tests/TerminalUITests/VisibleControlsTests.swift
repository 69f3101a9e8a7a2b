import Testing
@testable import TerminalUI

@Suite("Control characters are drawn as visible escapes, never sent to the terminal")
struct VisibleControlsTests {
    @Test("each kind of control character has its visible form", arguments: [
        ("plain Zoë 山田", "plain Zoë 山田"),
        ("\u{1B}[31mred\u{1B}[0m", "^[[31mred^[[0m"),
        ("bell\u{07}", "bell^G"),
        ("nul\u{0}", "nul^@"),
        ("del\u{7F}", "del^?"),
        ("csi\u{9B}2J", "csi\\x9b2J"),
        ("title\u{1B}]0;pwned\u{07}", "title^[]0;pwned^G"),
        ("line\nbreak\ttab\r", "line^Jbreak^Itab^M"),
        ("\u{A0}nbsp and ¿", "\u{A0}nbsp and ¿"),
    ])
    func escaped(text: String, visible: String) {
        #expect(VisibleControls.escape(text) == visible)
    }

    @Test("messages keep their line breaks and tabs")
    func keepingLines() {
        #expect(VisibleControls.escapeKeepingLines("a\tb\nc\u{1B}[2J") == "a\tb\nc^[[2J")
    }

    @Test("a cell drawn with an escape sequence shows it instead of obeying it")
    func bufferCells() {
        var buffer = Buffer(size: Size(columns: 12, rows: 1))
        buffer.write("a\u{1B}[31mb\u{7}", at: Position(column: 0, row: 0))
        #expect(buffer.lines == ["a^[[31mb^G  "])
        #expect(!buffer.cells.contains { $0.grapheme.unicodeScalars.contains { VisibleControls.isControl($0) } })
    }
}
