import Testing
import TerminalUI

@Suite("Key labels and text input")
struct KeyInputTests {
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
