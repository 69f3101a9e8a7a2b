import Foundation

/// Text folded for searching and sorting people's names: case, accents and width ignored, so "nunez"
/// finds "Ñúñez" and "Ángel" sorts among the A's rather than after Z.
public enum SearchText {
    public static func fold(_ text: String) -> String {
        // Most names and badges are ASCII, where folding is exactly lowercasing; skipping Foundation there
        // makes folding a whole agency's names (at every load) several times cheaper.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiLowercased(text) }
        return text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }

    /// `fold(text)` in canonical composition (NFC) as UTF-8: the form in which byte order is `String` order
    /// and a byte substring is a `String` substring, so searches and sorts can work on bytes alone.
    public static func key(_ text: String) -> [UInt8] {
        let folded = fold(text)
        if folded.utf8.allSatisfy({ $0 < 0x80 }) { return Array(folded.utf8) }
        return Array(folded.precomposedStringWithCanonicalMapping.utf8)
    }

    /// `text` as UTF-8 in canonical composition, unfolded (badges keep their case for sorting).
    public static func composedBytes(_ text: String) -> [UInt8] {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return Array(text.utf8) }
        return Array(text.precomposedStringWithCanonicalMapping.utf8)
    }

    private static func asciiLowercased(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return text }
        return String(decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }
}
