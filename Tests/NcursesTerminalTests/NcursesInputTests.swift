import CNcurses
import Testing
import TerminalUI
@testable import NcursesTerminal

@Suite("Decoding wget_wch results")
struct NcursesInputTests {
    @Test("characters read with OK become keys", arguments: [
        (UInt32(0x61), NcursesInput.key(.character("a"))),
        (0x3F, .key(.character("?"))),
        (0x20, .key(.character(" "))),
        (0xE9, .key(.character("é"))),
        (0x6771, .key(.character("東"))),
        (0x1F600, .key(.character("😀"))),
        (9, .key(.tab)),
        (10, .key(.enter)),
        (13, .key(.enter)),
        (27, .key(.escape)),
        (127, .key(.backspace)),
        (8, .key(.backspace)),
        (0x13, .key(.ctrl("s"))),
        (0x01, .key(.ctrl("a"))),
        (0x1A, .key(.ctrl("z"))),
        (0x00, .key(.ctrl(" "))),
        (0x1F, .key(.ctrl("_"))),
        (0x85, .none),
    ] as [(UInt32, NcursesInput)])
    func characters(code: UInt32, expected: NcursesInput) {
        #expect(NcursesInput.decode(status: OK, code: code) == expected)
    }

    @Test("key codes read with KEY_CODE_YES become keys, resize and mouse", arguments: [
        (KEY_UP, NcursesInput.key(.up)), (KEY_DOWN, .key(.down)), (KEY_LEFT, .key(.left)), (KEY_RIGHT, .key(.right)),
        (KEY_HOME, .key(.home)), (KEY_END, .key(.end)), (KEY_PPAGE, .key(.pageUp)), (KEY_NPAGE, .key(.pageDown)),
        (KEY_ENTER, .key(.enter)), (KEY_BACKSPACE, .key(.backspace)), (KEY_DC, .key(.delete)), (KEY_IC, .key(.insert)),
        (KEY_BTAB, .key(.backTab)), (KEY_F0 + 1, .key(.function(1))), (KEY_F0 + 12, .key(.function(12))),
        (KEY_RESIZE, .resize), (KEY_MOUSE, .mouse), (KEY_F0 + 40, .none),
    ] as [(Int32, NcursesInput)])
    func keyCodes(code: Int32, expected: NcursesInput) {
        #expect(NcursesInput.decode(status: KEY_CODE_YES, code: UInt32(code)) == expected)
    }

    @Test("a timeout (ERR) is no input")
    func timeout() {
        #expect(NcursesInput.decode(status: ERR, code: 0) == .none)
    }

    @Test("the ncurses key codes are the values the decoder was written against")
    func keyCodeValues() {
        #expect(KEY_UP == 259 && KEY_RESIZE == 410 && KEY_CODE_YES == 256)
    }
}

@Suite("Colour scheme")
struct ColorSchemeTests {
    @Test("with colour every role has its own pair; without, pair 0")
    func pairs() {
        let color = ColorScheme(usesColor: true)
        let pairs = ColorRole.allCases.map { color.pair(for: $0) }
        #expect(Set(pairs).count == ColorRole.allCases.count)
        #expect(!pairs.contains(0))
        #expect(ColorRole.allCases.allSatisfy { ColorScheme(usesColor: false).pair(for: $0) == 0 })
    }

    @Test("without colour, selection and emphasis still show through attributes", arguments: [
        (Style(.selection), TextAttributes.reverse),
        (Style(.statusBar), .reverse),
        (Style(.danger), TextAttributes([.bold, .underline])),
        (Style(.muted), .dim),
        (Style(.header, .bold), TextAttributes([.bold, .underline])),
        (Style(.normal), TextAttributes()),
        (Style(.normal, .underline), .underline),
    ] as [(Style, TextAttributes)])
    func monochrome(style: Style, expected: TextAttributes) {
        #expect(ColorScheme(usesColor: false).textAttributes(for: style) == expected)
    }

    @Test("attributes become the ncurses bits")
    func attrBits() {
        let scheme = ColorScheme(usesColor: false)
        #expect(scheme.attr(for: Style(.selection, .bold)) == CN_A_REVERSE | CN_A_BOLD)
        #expect(scheme.attr(for: Style(.normal)) == CN_A_NORMAL)
        #expect(ColorScheme(usesColor: true).attr(for: Style(.selection)) == CN_A_NORMAL)
    }
}
