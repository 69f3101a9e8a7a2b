import MusterCore
import TerminalUI

extension ListSearch {
    /// Whether any of `fields` contains the query, as Muster's search matches (`SearchText.key`: case,
    /// accents and width ignored); an empty query matches everything. Every list's search asks this (or
    /// `matcher`, to fold the query once for many rows), so the matching rule lives in one place.
    func matches(_ fields: String...) -> Bool {
        matcher.matches(fields)
    }

    var matcher: SearchMatcher { SearchMatcher(query: query) }
}

/// A query folded once, to test many rows against.
struct SearchMatcher {
    private let key: [UInt8]

    init(query: String) {
        key = SearchText.key(query)
    }

    func matches(_ fields: [String]) -> Bool {
        guard !key.isEmpty else { return true }
        return fields.contains { Self.contains(SearchText.key($0), key) }
    }

    /// Whether `bytes` contain `needle` (not empty) as a run.
    private static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= bytes.count else { return false }
        for start in 0...(bytes.count - needle.count) where bytes[start] == needle[0] {
            if bytes[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }
}
