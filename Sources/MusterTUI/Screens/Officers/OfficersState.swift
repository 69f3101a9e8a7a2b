import MusterCore
import TerminalUI

/// The officers table: search, filters, sort order and the rows they leave, as indices into the snapshot.
///
/// `order` holds every officer sorted; `visible` is `order` narrowed by search and filters. Typing more
/// of a search narrows `visible` itself, so each keystroke scans only what is still shown.
struct OfficersState: Equatable, Sendable {
    enum Sort: String, CaseIterable, Sendable {
        case name, badge, unit, status, expiry = "next expiry"
    }

    /// What the status filter keeps: everyone, or the officers of one word (the dashboard counts the same words).
    enum StatusFilter: Equatable, Sendable {
        case all
        case standing(OfficerCompliance)

        static let cycle: [StatusFilter] = [.all] + OfficerCompliance.allCases.map { .standing($0) }

        var label: String {
            switch self {
            case .all: "all"
            case .standing(let status): status.rawValue
            }
        }
    }

    var search = ListSearch()
    var isSearching: Bool { search.isEditing }
    var unitFilter: String?
    var statusFilter = StatusFilter.all
    var sort = Sort.name
    var order: [Int] = []
    var visible: [Int] = []
    var table = TableState()
    /// The search key (`SearchKey.key`) `visible` was last computed for.
    var appliedSearch: [UInt8] = []

    /// Re-sorts every officer and re-applies the filters (after a load or a sort change). Sorts use the
    /// index's precomputed ranks, so even 100,000 officers re-sort within a frame.
    mutating func rebuild(_ data: AgencyData, visibleRows: Int) {
        let index = data.index
        let rows = data.snapshot.officers
        let nameRank = index.nameRank
        /// Orders by `key`, then by name. A key of few small values (status, unit) deals the officers into one
        /// bucket per value while walking the name order, in one linear pass; other keys are sorted.
        func by(_ key: (Int) -> Int) -> [Int] {
            let keys = rows.indices.map(key)
            if let low = keys.min(), let high = keys.max(), low >= 0, high < 256 {
                var buckets = [[Int]](repeating: [], count: high + 1)
                for officer in index.nameOrder { buckets[keys[officer]].append(officer) }
                return Array(buckets.joined())
            }
            return rows.indices.map { (key: keys[$0], rank: nameRank[$0], index: $0) }
                .sorted { $0.key != $1.key ? $0.key < $1.key : $0.rank < $1.rank }
                .map(\.index)
        }
        switch sort {
        case .name: order = index.nameOrder
        case .badge: order = by { Int(index.badgeRank[$0]) }
        case .unit: order = by { Int(index.unitRank[$0]) }
        case .status: order = by { rows[$0].standing.severity }
        case .expiry: order = by { rows[$0].nextExpiry?.dayNumber ?? Int.max }
        }
        refilter(data, visibleRows: visibleRows, from: order)
    }

    /// Re-applies search and filters; when the search only grew, starts from the rows already shown.
    mutating func searchChanged(_ data: AgencyData, visibleRows: Int) {
        let query = SearchKey.key(search.query)
        let narrowing = !appliedSearch.isEmpty && query.starts(with: appliedSearch)
        refilter(data, visibleRows: visibleRows, from: narrowing ? visible : order)
    }

    mutating func refilter(_ data: AgencyData, visibleRows: Int, from candidates: [Int]) {
        let rows = data.snapshot.officers
        let index = data.index
        let query = SearchKey.key(search.query)
        let unit: Int32? = unitFilter.map { unit in index.units.firstIndex(of: unit).map { Int32($0) } ?? -2 }
        let unitOrdinal = index.unitOrdinal
        let statusFilter = statusFilter
        visible = index.filter(candidates, query: query) { officer in
            if let unit, unitOrdinal[officer] != unit { return false }
            switch statusFilter {
            case .all: return true
            case .standing(let status): return rows[officer].standing == status
            }
        }
        appliedSearch = query
        table.clamp(rowCount: visible.count, visibleRows: visibleRows)
    }

    var selectedIndex: Int? {
        guard let selected = table.selected, visible.indices.contains(selected) else { return nil }
        return visible[selected]
    }
}
