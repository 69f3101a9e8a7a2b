import MusterCore
import TerminalUI

extension ListSearch {
    /// Whether any of `fields` contains the query, as Muster's search matches (`SearchKey`: case, accents,
    /// width, punctuation and spacing ignored); an empty query matches everything. Every list's search asks this (or
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
        key = SearchKey.key(query)
    }

    func matches(_ fields: [String]) -> Bool {
        guard !key.isEmpty else { return true }
        return fields.contains { SearchKey.contains(SearchKey.key($0), key) }
    }
}
