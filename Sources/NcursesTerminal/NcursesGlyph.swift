import TerminalUI

/// How to hand one grapheme to ncurses so that ncurses, the terminal and `displayWidth` agree on columns.
///
/// ncurses measures a cell by `wcwidth` of its first scalar and rejects later scalars that are not
/// zero-width. So a grapheme that TerminalUI counts as 2 columns but whose first scalar `wcwidth` counts as
/// 1 ("❤️" = U+2764 U+FE0F) is drawn as that first scalar plus a space; and spacing scalars after the first
/// (skin tones, ZWJ partners in "👩🏽‍💻") are dropped, leaving the base emoji. Columns stay aligned either way.
public struct NcursesGlyph: Hashable, Sendable {
    /// The scalars to put in the `cchar_t` (at most 5, the ncurses limit).
    public var scalars: [Unicode.Scalar]
    /// Draw a space in the next column too (ncurses thinks the glyph is narrower than TerminalUI does).
    public var padWithSpace: Bool

    public static func plan(for grapheme: Character, libraryWidth: (Unicode.Scalar) -> Int) -> NcursesGlyph {
        let all = Array(grapheme.unicodeScalars)
        guard let first = all.first else { return NcursesGlyph(scalars: [" "], padWithSpace: false) }
        var scalars = [first]
        for scalar in all.dropFirst() where libraryWidth(scalar) == 0 && scalars.count < 5 && scalar.value != 0x200D {
            scalars.append(scalar)
        }
        let expected = displayWidth(of: grapheme)
        let drawn = max(0, libraryWidth(first))
        return NcursesGlyph(scalars: scalars, padWithSpace: expected == 2 && drawn == 1)
    }
}
