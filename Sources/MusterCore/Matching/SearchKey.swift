/// The one matcher every officer search uses (the CLI's `--search`, the workspace's `/`): text folded as
/// `SearchText.fold` does (case, accents, width) and then stripped of everything but letters and digits,
/// so `obrien` finds O'BRIEN, `vander` finds "van der Berg" and `nguy` finds Nguyễn. Badges hold their
/// digits inside, so `4007` finds `04007`.
public enum SearchKey {
    /// The key of `text`, as a string.
    public static func string(_ text: String) -> String {
        String(decoding: key(text), as: UTF8.self)
    }

    /// The key of `text` as UTF-8 in canonical composition (the form `SearchText.key` gives), so a byte
    /// substring of keys is a substring of their text.
    public static func key(_ text: String) -> [UInt8] {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return text.utf8.compactMap { byte in
                switch byte {
                case 0x30...0x39, 0x61...0x7A: byte
                case 0x41...0x5A: byte | 0x20
                default: nil
                }
            }
        }
        let folded = SearchText.fold(text)
        var kept = String.UnicodeScalarView()
        for scalar in folded.unicodeScalars where Self.counts(scalar) { kept.append(scalar) }
        return SearchText.composedBytes(String(kept))
    }

    /// Whether `text` contains `query`, both as keys; an empty query (all punctuation) matches everything.
    public static func matches(_ text: String, query: String) -> Bool {
        contains(key(text), key(query))
    }

    /// Whether the key `haystack` contains the key `needle` (an empty needle is in everything).
    public static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard haystack.count >= needle.count else { return false }
        return (0...(haystack.count - needle.count)).contains { start in
            haystack[start..<start + needle.count].elementsEqual(needle)
        }
    }

    /// The officer search: whether `query` (already a key) is in the badge, "last first" or "first last".
    public static func officerMatches(badge: String, lastName: String, firstName: String, query: [UInt8]) -> Bool {
        // Spacing is no part of a key, so "last first" is the two keys end to end.
        if contains(key(badge), query) { return true }
        let last = key(lastName), first = key(firstName)
        return contains(last + first, query) || contains(first + last, query)
    }

    /// Letters and digits count, with the marks that complete a letter the fold left in place; punctuation,
    /// symbols and spacing do not.
    private static func counts(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }
}
