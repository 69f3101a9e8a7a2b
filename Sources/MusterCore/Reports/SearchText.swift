import Foundation

/// Text folded for searching and sorting people's names: case, accents and width ignored, so "nunez"
/// finds "Ñúñez" and "Ángel" sorts among the A's rather than after Z.
public enum SearchText {
    public static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }
}
