import Testing
import TerminalUI

@Suite("Key chords")
struct KeyChordTests {
    @Test("chords parse to keys", arguments: [
        ("ctrl+s", Key.ctrl("s")), ("Ctrl+S", Key.ctrl("s")), ("shift+tab", .backTab), ("?", .character("?")),
        ("pgdown", .pageDown), ("pgdn", .pageDown), ("PageUp", .pageUp), ("enter", .enter), ("return", .enter),
        ("esc", .escape), ("f5", .function(5)), ("G", .character("G")), ("shift+g", .character("G")),
        ("space", .character(" ")), ("alt+x", .alt("x")), ("+", .character("+")), ("東", .character("東")),
        ("ctrl+space", .ctrl(" ")),
    ] as [(String, Key)])
    func parse(chord: String, key: Key) {
        #expect(Key(chord: chord) == key)
    }

    @Test("every key prints to a chord that parses back to it", arguments: [
        Key.character("a"), .character("?"), .character("/"), .character(" "), .character("+"), .character("é"),
        .enter, .escape, .tab, .backTab, .backspace, .delete, .insert, .up, .down, .left, .right, .home, .end,
        .pageUp, .pageDown, .function(1), .function(12), .ctrl("s"), .ctrl("+"), .alt("x"),
    ])
    func roundTrip(key: Key) throws {
        #expect(try Key.parse(key.chord) == key)
    }

    @Test("bad chords are rejected with a reason", arguments: ["", "ctrl+", "hyper+x", "ctrl+up", "f99", "ctrl+a+b"])
    func rejects(chord: String) {
        #expect(throws: KeyChordError.self) { try Key.parse(chord) }
    }

    @Test("labels are short and readable", arguments: [
        (Key.ctrl("s"), "Ctrl-S"), (.pageDown, "PgDn"), (.up, "↑"), (.character(" "), "Space"), (.backTab, "Shift-Tab"),
    ] as [(Key, String)])
    func labels(key: Key, label: String) {
        #expect(key.label == label)
    }

    @Test("text input edits by grapheme, including accents and CJK")
    func textInput() {
        var input = TextInput("Zoe")
        input.handle(.backspace)
        input.handle(.character("ë"))
        input.handle(.home)
        input.handle(.character("東"))
        input.handle(.right)
        input.handle(.delete)
        #expect(input.value == "東Zë")
        #expect(input.cursor == 2)
        #expect(input.handle(.up) == false)
    }
}
