import MusterCore

/// Everything the officers table needs to search, filter and sort 100,000 officers within one frame,
/// computed once per load, off the input loop.
///
/// Search keys are bytes: for each officer, "last, first", the badge and "first last", each as `SearchKey`
/// makes it (folded, punctuation and spacing gone, so `obrien` finds O'Brien), NUL-separated so no match
/// spans two of them, all in one contiguous buffer laid
/// out in name order (the table's default order, so a scan reads memory front to back). Beside them, one
/// 64-bit mask per officer of which bytes occur: a query is only scanned for where every one of its bytes
/// occurs, and a one-letter or one-digit query is answered by the mask alone. A keystroke thus makes no
/// `String` and compares none. Sorts compare precomputed ranks, never strings.
struct OfficerIndex: Sendable {
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
    /// Officer indices in badge order, for finding a badge by binary search (a dictionary of every badge
    /// would hold far more memory).
    private let badgeOrder: [Int32]
    /// The badges, by officer index.
    private let badges: [String]
    /// Officer indices by `BadgeMatch.key` of their badge, for finding `4007` as `04007`.
    private let badgeKeyOrder: [Int32]
    /// Each officer's place in unit order, officers without a unit after every ASCII-named unit (as "~").
    let unitRank: [Int32]
    private let keys: [UInt8]
    /// Officer i's keys are `keys[keyStarts[i]..<keyEnds[i]]`.
    private let keyStarts: [Int32]
    private let keyEnds: [Int32]
    /// Officer i's `ByteMask` of its keys.
    private let masks: [UInt64]

    init(_ rows: [AgencySnapshot.OfficerRow]) {
        let count = rows.count
        var unitSet = Set<String>()
        // First in row order, to find the name order; then copied out in name order.
        var rowKeys: [UInt8] = []
        rowKeys.reserveCapacity(count * 48)
        var rowStarts: [Int32] = []
        rowStarts.reserveCapacity(count + 1)
        // Name order is by the folded name with its punctuation (`SearchText.key`), kept apart from the keys.
        var sortKeys: [UInt8] = []
        sortKeys.reserveCapacity(count * 16)
        var sortStarts: [Int32] = []
        sortStarts.reserveCapacity(count + 1)
        for row in rows {
            if let unit = row.unit { unitSet.insert(unit) }
            rowStarts.append(Int32(rowKeys.count))
            rowKeys += SearchKey.key(row.displayName)
            rowKeys.append(0)
            rowKeys += SearchKey.key(row.badge)
            rowKeys.append(0)
            rowKeys += SearchKey.key("\(row.firstName) \(row.lastName)")
            sortStarts.append(Int32(sortKeys.count))
            sortKeys += SearchText.key(row.displayName)
        }
        rowStarts.append(Int32(rowKeys.count))
        sortStarts.append(Int32(sortKeys.count))
        let units = unitSet.sorted()
        var unitNumber: [String: Int32] = [:]
        for (number, unit) in units.enumerated() { unitNumber[unit] = Int32(number) }

        self.units = units
        unitOrdinal = rows.map { $0.unit.flatMap { unitNumber[$0] } ?? -1 }

        let badges = rows.map(\.badge)
        let badgeOrder = badges.indices.sorted { badges[$0] < badges[$1] }
        badgeRank = Self.ranks(of: badgeOrder)
        self.badgeOrder = badgeOrder.map { Int32($0) }
        self.badges = badges
        let badgeKeys = badges.map(BadgeMatch.key)
        badgeKeyOrder = badges.indices.sorted { badgeKeys[$0] < badgeKeys[$1] }.map { Int32($0) }
        let byBadge = badgeRank
        let nameOrder = rows.indices.sorted { a, b in
            Self.precedes(sortKeys, Int(sortStarts[a])..<Int(sortStarts[a + 1]), Int(sortStarts[b])..<Int(sortStarts[b + 1]))
                ?? (byBadge[a] < byBadge[b])
        }
        self.nameOrder = nameOrder
        nameRank = Self.ranks(of: nameOrder)

        var keys: [UInt8] = []
        keys.reserveCapacity(rowKeys.count)
        var keyStarts = [Int32](repeating: 0, count: count)
        var keyEnds = [Int32](repeating: 0, count: count)
        var masks = [UInt64](repeating: 0, count: count)
        for row in nameOrder {
            let slice = rowKeys[Int(rowStarts[row])..<Int(rowStarts[row + 1])]
            keyStarts[row] = Int32(keys.count)
            keys += slice
            keyEnds[row] = Int32(keys.count)
            masks[row] = ByteMask.of(slice)
        }
        self.keys = keys
        self.keyStarts = keyStarts
        self.keyEnds = keyEnds
        self.masks = masks

        // "~" stands in for no unit, so officers without one sort after every ASCII-named unit: sort it
        // among the units, then read off each place.
        let unitKeys = (units + (unitNumber["~"] == nil ? ["~"] : [])).sorted()
        var unitPlace: [String: Int32] = [:]
        for (place, unit) in unitKeys.enumerated() { unitPlace[unit] = Int32(place) }
        unitRank = rows.map { unitPlace[$0.unit ?? "~"] ?? 0 }
    }

    /// The stored badge `typed` names: exactly, else with or without leading zeros (`BadgeMatch`).
    func resolve(badge typed: String) -> BadgeMatch.Resolution {
        let trimmed = typed.trimmedWhitespace()
        if officer(badge: trimmed) != nil { return .found(trimmed) }
        let key = BadgeMatch.key(trimmed)
        var low = 0, high = badgeKeyOrder.count
        while low < high {
            let middle = (low + high) / 2
            if BadgeMatch.key(badges[Int(badgeKeyOrder[middle])]) < key { low = middle + 1 } else { high = middle }
        }
        var candidates: [String] = []
        while low < badgeKeyOrder.count, BadgeMatch.key(badges[Int(badgeKeyOrder[low])]) == key {
            candidates.append(badges[Int(badgeKeyOrder[low])])
            low += 1
        }
        return BadgeMatch.resolve(trimmed, among: candidates)
    }

    /// The index of the officer with `badge`, or nil.
    func officer(badge: String) -> Int? {
        var low = 0, high = badgeOrder.count
        while low < high {
            let middle = (low + high) / 2
            if badges[Int(badgeOrder[middle])] < badge { low = middle + 1 } else { high = middle }
        }
        guard low < badgeOrder.count, badges[Int(badgeOrder[low])] == badge else { return nil }
        return Int(badgeOrder[low])
    }

    /// The officers among `candidates` (in their order) whose keys contain `query` (already a
    /// `SearchKey.key`) and that `keep` accepts; an empty query matches everyone.
    func filter(_ candidates: some Collection<Int>, query: [UInt8], limit: Int = .max, where keep: (Int) -> Bool) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(min(limit, candidates.count))
        let needed = ByteMask.of(query[...])
        let maskAnswers = ByteMask.isExact(for: query)
        for candidate in candidates where keep(candidate) {
            if !query.isEmpty {
                guard masks[candidate] & needed == needed else { continue }
                if !maskAnswers && !Self.contains(keys, from: Int(keyStarts[candidate]), to: Int(keyEnds[candidate]), query) {
                    continue
                }
            }
            result.append(candidate)
            if result.count == limit { break }
        }
        return result
    }

    /// Whether `bytes[start..<end]` contains `needle` (not empty). UTF-8 is self-synchronising, so a byte
    /// match of valid UTF-8 in valid UTF-8 always starts and ends on character boundaries.
    private static func contains(_ bytes: [UInt8], from start: Int, to end: Int, _ needle: [UInt8]) -> Bool {
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

    /// Whether `bytes[left]` sorts before `bytes[right]`, byte by byte (a prefix first); nil when they are equal.
    private static func precedes(_ bytes: [UInt8], _ left: Range<Int>, _ right: Range<Int>) -> Bool? {
        let common = min(left.count, right.count)
        var offset = 0
        while offset < common {
            let l = bytes[left.lowerBound + offset], r = bytes[right.lowerBound + offset]
            if l != r { return l < r }
            offset += 1
        }
        return left.count == right.count ? nil : left.count < right.count
    }

    private static func ranks(of order: [Int]) -> [Int32] {
        var ranks = [Int32](repeating: 0, count: order.count)
        for (place, index) in order.enumerated() { ranks[index] = Int32(place) }
        return ranks
    }
}
