/// How a badge typed or imported finds a stored one: exactly, or failing that with or without leading zeros
/// (`4007` finds `04007`), since spreadsheets drop the zeros HR systems keep.
public enum BadgeMatch {
    /// The key badges that differ only in leading zeros share: trimmed, leading zeros dropped, ASCII case
    /// ignored.
    public static func key(_ badge: String) -> String {
        let trimmed = badge.trimmedWhitespace()
        let digitsOn = trimmed.drop { $0 == "0" }
        return String(digitsOn).lowercased()
    }

    /// What a badge names among the stored ones.
    public enum Resolution: Sendable, Equatable {
        /// The one stored badge it names.
        case found(String)
        /// No stored badge.
        case unknown
        /// Several stored badges differ from it only in leading zeros, and none is it exactly.
        case ambiguous([String])
    }

    /// The stored badge `given` names among `candidates` (those sharing its `key`; others are ignored): the
    /// exact one when stored, else the only one with its key, else ambiguous.
    public static func resolve(_ given: String, among candidates: some Sequence<String>) -> Resolution {
        let trimmed = given.trimmedWhitespace()
        let key = key(trimmed)
        var matches: [String] = []
        for candidate in candidates where Self.key(candidate) == key {
            if candidate == trimmed { return .found(candidate) }
            if !matches.contains(candidate) { matches.append(candidate) }
        }
        switch matches.count {
        case 0: return .unknown
        case 1: return .found(matches[0])
        default: return .ambiguous(matches.sorted())
        }
    }
}
