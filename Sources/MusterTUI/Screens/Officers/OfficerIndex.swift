import MusterCore

/// Everything the officers table needs to search, filter and sort 100,000 officers within one frame,
/// computed once per load, off the input loop.
///
/// Search keys are bytes: for each officer, "last, first" folded (`SearchText.key`), the badge lowercased,
/// and "first last" folded, NUL-separated so no match spans two of them, all in one contiguous buffer. A
/// keystroke then scans bytes, with no `String` made or compared per officer. Sorts compare precomputed
/// ranks, never strings.
struct OfficerIndex: Sendable {
    /// Row index by badge.
    let badgeIndex: [String: Int]
    /// Every unit named by an officer, sorted.
    let units: [String]
    /// Each officer's unit as an index into `units`; -1 for none.
    let unitOrdinal: [Int32]
    /// Officer indices by folded name, then badge: the "name" sort.
    let nameOrder: [Int]
    /// Each officer's place in `nameOrder`: the tie-break of every other sort.
    let nameRank: [Int32]
    /// Each officer's place in badge order.
    let badgeRank: [Int32]
    /// Each officer's place in unit order, officers without a unit after every ASCII-named unit (as "~").
    let unitRank: [Int32]
    private let keys: [UInt8]
    /// Officer i's keys are `keys[keyStarts[i]..<keyStarts[i + 1]]`.
    private let keyStarts: [Int32]

    init(_ rows: [AgencySnapshot.OfficerRow]) {
        let count = rows.count
        var badgeIndex: [String: Int] = [:]
        badgeIndex.reserveCapacity(count)
        var unitSet = Set<String>()
        var keys: [UInt8] = []
        keys.reserveCapacity(count * 48)
        var keyStarts: [Int32] = []
        keyStarts.reserveCapacity(count + 1)
        var nameEnds: [Int32] = []
        nameEnds.reserveCapacity(count)
        for (offset, row) in rows.enumerated() {
            badgeIndex[row.badge] = offset
            if let unit = row.unit { unitSet.insert(unit) }
            keyStarts.append(Int32(keys.count))
            keys += SearchText.key(row.foldedName)
            nameEnds.append(Int32(keys.count))
            keys.append(0)
            keys += SearchText.composedBytes(row.badge.lowercased())
            keys.append(0)
            keys += SearchText.key("\(row.firstName) \(row.lastName)")
        }
        keyStarts.append(Int32(keys.count))
        let units = unitSet.sorted()
        var unitNumber: [String: Int32] = [:]
        for (number, unit) in units.enumerated() { unitNumber[unit] = Int32(number) }

        self.badgeIndex = badgeIndex
        self.units = units
        unitOrdinal = rows.map { $0.unit.flatMap { unitNumber[$0] } ?? -1 }
        self.keys = keys
        self.keyStarts = keyStarts

        let badgeOrder = rows.indices.sorted { rows[$0].badge < rows[$1].badge }
        badgeRank = Self.ranks(of: badgeOrder)
        let byBadge = badgeRank
        nameOrder = keys.withUnsafeBufferPointer { bytes in
            rows.indices.sorted { a, b in
                let left = UnsafeBufferPointer(rebasing: bytes[Int(keyStarts[a])..<Int(nameEnds[a])])
                let right = UnsafeBufferPointer(rebasing: bytes[Int(keyStarts[b])..<Int(nameEnds[b])])
                if left.elementsEqual(right) { return byBadge[a] < byBadge[b] }
                return left.lexicographicallyPrecedes(right)
            }
        }
        nameRank = Self.ranks(of: nameOrder)

        // "~" stands in for no unit, as it always has: sort it among the units, then read off each place.
        let unitKeys = (units + (unitNumber["~"] == nil ? ["~"] : [])).sorted()
        var unitPlace: [String: Int32] = [:]
        for (place, unit) in unitKeys.enumerated() { unitPlace[unit] = Int32(place) }
        unitRank = rows.map { unitPlace[$0.unit ?? "~"] ?? 0 }
    }

    /// The officers among `candidates` (in their order) whose keys contain `query` (already a
    /// `SearchText.key`) and that `keep` accepts; an empty query matches everyone.
    func filter(_ candidates: some Collection<Int>, query: [UInt8], limit: Int = .max, where keep: (Int) -> Bool) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(min(limit, candidates.count))
        keys.withUnsafeBufferPointer { bytes in
            keyStarts.withUnsafeBufferPointer { starts in
                query.withUnsafeBufferPointer { needle in
                    for candidate in candidates where keep(candidate) {
                        if needle.isEmpty || Self.contains(bytes, from: Int(starts[candidate]), to: Int(starts[candidate + 1]), needle) {
                            result.append(candidate)
                            if result.count == limit { return }
                        }
                    }
                }
            }
        }
        return result
    }

    /// Whether officer `index`'s keys contain `query` (a `SearchText.key`).
    func matches(_ index: Int, query: [UInt8]) -> Bool {
        !filter([index], query: query, where: { _ in true }).isEmpty
    }

    /// Whether `bytes[start..<end]` contains `needle` (not empty). UTF-8 is self-synchronising, so a byte
    /// match of valid UTF-8 in valid UTF-8 always starts and ends on character boundaries.
    private static func contains(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int,
                                 _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        let length = needle.count
        let first = needle[0]
        var position = start
        let last = end - length
        while position <= last {
            if bytes[position] == first {
                var offset = 1
                while offset < length && bytes[position + offset] == needle[offset] { offset += 1 }
                if offset == length { return true }
            }
            position += 1
        }
        return false
    }

    private static func ranks(of order: [Int]) -> [Int32] {
        var ranks = [Int32](repeating: 0, count: order.count)
        for (place, index) in order.enumerated() { ranks[index] = Int32(place) }
        return ranks
    }
}
