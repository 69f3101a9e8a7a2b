/// The number of terminal columns `character` occupies: 0, 1 or 2.
///
/// Agrees with glibc's `wcwidth` under a UTF-8 locale (what ncursesw uses) for single scalars: East Asian
/// wide and fullwidth characters are 2, combining marks, format characters and controls are 0, everything
/// else is 1. A grapheme made of several scalars is measured as a whole, because terminals draw it as one
/// glyph: summing per scalar (TermKit's mistake) would count "👩🏽‍💻" as 6 columns. So:
/// - an emoji made visible with VS16 ("❤️"), a skin-tone or ZWJ sequence ("👩🏽‍💻") or a flag is 2;
/// - VS15 (text presentation) forces 1;
/// - otherwise the base scalar decides ("e\u{301}" is 1, a composed Hangul jamo syllable is 2).
public func displayWidth(of character: Character) -> Int {
    let scalars = character.unicodeScalars
    guard let first = scalars.first else { return 0 }
    if first.isASCII {
        // Fast path: printable ASCII is one column; a CR LF grapheme and controls are none.
        return (first.value >= 0x20 && first.value < 0x7F) ? 1 : 0
    }
    if scalars.count == 1 { return scalarWidth(first) }
    var hasEmojiPart = false
    for scalar in scalars {
        switch scalar.value {
        case 0xFE0E: return scalarWidth(first)
        case 0xFE0F where first.properties.isEmoji: return 2
        case 0x1F3FB...0x1F3FF: hasEmojiPart = true
        default: if scalar.properties.isEmojiPresentation { hasEmojiPart = true }
        }
    }
    if hasEmojiPart { return 2 }
    return scalarWidth(first)
}

/// The number of terminal columns `text` occupies: the sum of its graphemes' widths.
public func displayWidth(of text: String) -> Int {
    var total = 0
    for character in text { total += displayWidth(of: character) }
    return total
}

/// The width of one scalar drawn alone, after glibc's `wcwidth` (controls count 0, not -1).
func scalarWidth(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0x20 || (value >= 0x7F && value < 0xA0) { return 0 }
    if value < 0x300 { return 1 }  // Latin-1 and Latin Extended, soft hyphen included (glibc: 1)
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark: return 0
    case .format: return 0
    case .control, .lineSeparator, .paragraphSeparator: return 0
    default: break
    }
    if value >= 0x1160 && value <= 0x11FF { return 0 }  // Hangul medial vowels and final consonants join the syllable
    if isWide(value) || scalar.properties.isEmojiPresentation { return 2 }
    return 1
}

/// East Asian Wide (W) and Fullwidth (F) ranges of Unicode 15, coarsened over unassigned gaps.
/// Emoji with default emoji presentation are caught separately through `isEmojiPresentation`.
private let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
    0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF,
    0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4,
    0x16FF0...0x16FF1, 0x17000...0x18CFF, 0x18D00...0x18D08, 0x1AFF0...0x1AFFE, 0x1B000...0x1B2FF,
    0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F2FF,
    0x20000...0x2FFFD, 0x30000...0x3FFFD,
]

private func isWide(_ value: UInt32) -> Bool {
    if value < 0x1100 { return false }
    var low = 0, high = wideRanges.count - 1
    while low <= high {
        let mid = (low + high) / 2
        let range = wideRanges[mid]
        if value < range.lowerBound { high = mid - 1 } else if value > range.upperBound { low = mid + 1 } else { return true }
    }
    return false
}
