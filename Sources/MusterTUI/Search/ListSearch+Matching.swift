import MusterCore
import TerminalUI

extension ListSearch {
    /// Whether any of `fields` contains the query, as Muster's search matches (`SearchText.key`: case,
    /// accents and width ignored); an empty query matches everything. Every list's search asks this, so the
    /// matching rule lives in one place.
    func matches(_ fields: String...) -> Bool {
        let query = SearchText.key(self.query)
        guard !query.isEmpty else { return true }
        return fields.contains { SearchText.key($0).contains(query) }
    }
}

extension Array where Element == UInt8 {
    /// Whether these bytes contain `needle` (not empty) as a run.
    fileprivate func contains(_ needle: [UInt8]) -> Bool {
        guard needle.count <= count else { return false }
        for start in 0...(count - needle.count) where self[start] == needle[0] {
            if self[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }
}
