import Testing
import TerminalUI

@Suite("Display width")
struct DisplayWidthTests {
    @Test("single graphemes have the widths a UTF-8 terminal gives them", arguments: [
        ("a", 1), (" ", 1), ("~", 1),
        ("é", 1),                 // precomposed U+00E9
        ("e\u{301}", 1),          // e + combining acute: one grapheme, one column
        ("東", 2), ("京", 2), ("한", 2), ("ｱ", 1), ("Ａ", 2),
        ("👩🏽‍💻", 2),             // ZWJ sequence with skin tone
        ("❤️", 2),                // U+2764 + VS16
        ("❤", 1),                 // U+2764 alone is text presentation
        ("👍", 2), ("🇯🇵", 2),
        ("\u{7}", 0), ("\u{1B}", 0), ("\u{200B}", 0), ("\u{301}", 0),
        ("▶", 1), ("█", 1), ("…", 1), ("─", 1),
    ] as [(String, Int)])
    func characterWidth(text: String, width: Int) throws {
        let character = try #require(text.first)
        #expect(text.count == 1)
        #expect(displayWidth(of: character) == width)
    }

    @Test("strings add up their graphemes' widths", arguments: [
        ("", 0), ("Muster", 6), ("Zoë", 3), ("東京", 4), ("山田 太郎", 9), ("Zoë 👩🏽‍💻", 6),
        ("Ñandú & Jalapeño", 16), ("한국어 텍스트", 13), ("cafe\u{301}", 4),
    ] as [(String, Int)])
    func stringWidth(text: String, width: Int) {
        #expect(displayWidth(of: text) == width)
    }

    @Test("truncation cuts by columns, ends in an ellipsis and never splits a wide character", arguments: [
        ("Muster", 10, "Muster"),
        ("Muster", 6, "Muster"),
        ("Muster", 5, "Must…"),
        ("Muster", 1, "…"),
        ("Muster", 0, ""),
        ("東京都渋谷区", 12, "東京都渋谷区"),
        ("東京都渋谷区", 11, "東京都渋谷…"),
        ("東京都渋谷区", 10, "東京都渋…"),   // 8 + ellipsis: the 5th ideograph would straddle
        ("山田 太郎", 6, "山田 …"),
        ("Zoë Saldaña", 4, "Zoë…"),
    ] as [(String, Int, String)])
    func truncation(text: String, width: Int, expected: String) {
        let result = truncated(text, toWidth: width)
        #expect(result == expected)
        #expect(displayWidth(of: result) <= width)
    }

    @Test("fitting pads to exactly the width, by display columns", arguments: [
        ("東京", 6, Alignment.left, "東京  "),
        ("東京", 6, Alignment.right, "  東京"),
        ("東京", 7, Alignment.center, " 東京  "),
        ("東京都渋谷区", 8, Alignment.left, "東京都… "),
        ("abc", 2, Alignment.left, "a…"),
    ] as [(String, Int, Alignment, String)])
    func fitting(text: String, width: Int, alignment: Alignment, expected: String) {
        let result = fitted(text, toWidth: width, alignment: alignment)
        #expect(result == expected)
        #expect(displayWidth(of: result) == width)
    }
}
