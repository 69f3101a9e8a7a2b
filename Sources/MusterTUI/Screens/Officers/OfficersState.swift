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

    /// What the status filter keeps.
    enum StatusFilter: Equatable, Sendable {
        case all
        case standing(CertificationStatus)
        /// Officers with no requirement at all.
        case noRequirements

        static let cycle: [StatusFilter] = [.all] + CertificationStatus.allCases.map { .standing($0) } + [.noRequirements]

        var label: String {
            switch self {
            case .all: "all"
            case .standing(let status): status.rawValue
            case .noRequirements: "nothing required"
            }
        }
    }

    var search = TextInput()
    var isSearching = false
    var unitFilter: String?
    var statusFilter = StatusFilter.all
    var sort = Sort.name
    var order: [Int] = []
    var visible: [Int] = []
    var table = TableState()
    /// The search text `visible` was last computed for.
    var appliedSearch = ""

    /// Re-sorts every officer and re-applies the filters (after a load or a sort change).
    mutating func rebuild(_ data: AgencyData, visibleRows: Int) {
        let rows = data.snapshot.officers
        order = Array(rows.indices)
        func byName(_ a: Int, _ b: Int) -> Bool { Self.nameKey(rows[a]) < Self.nameKey(rows[b]) }
        /// Orders by `key`, then by name.
        func by<Key: Comparable>(_ key: @escaping (AgencySnapshot.OfficerRow) -> Key) -> (Int, Int) -> Bool {
            { a, b in
                let left = key(rows[a]), right = key(rows[b])
                return left != right ? left < right : byName(a, b)
            }
        }
        switch sort {
        case .name: order.sort(by: byName)
        case .badge: order.sort(by: by(\.badge))
        case .unit: order.sort(by: by { $0.unit ?? "~" })
        case .status: order.sort(by: by { Self.severity($0.standing) })
        case .expiry: order.sort(by: by { $0.nextExpiry?.dayNumber ?? Int.max })
        }
        refilter(data, visibleRows: visibleRows, from: order)
    }

    /// Re-applies search and filters; when the search only grew, starts from the rows already shown.
    mutating func searchChanged(_ data: AgencyData, visibleRows: Int) {
        let query = SearchText.fold(search.value)
        let narrowing = !appliedSearch.isEmpty && query.hasPrefix(appliedSearch)
        refilter(data, visibleRows: visibleRows, from: narrowing ? visible : order)
    }

    mutating func refilter(_ data: AgencyData, visibleRows: Int, from candidates: [Int]) {
        let rows = data.snapshot.officers
        let query = SearchText.fold(search.value)
        visible = candidates.filter { index in
            let row = rows[index]
            if let unitFilter, row.unit != unitFilter { return false }
            switch statusFilter {
            case .all: break
            case .standing(let status): if row.standing != status { return false }
            case .noRequirements: if row.standing != nil { return false }
            }
            return query.isEmpty || Self.matches(row, query)
        }
        appliedSearch = query
        table.clamp(rowCount: visible.count, visibleRows: visibleRows)
    }

    /// Whether the row's badge or name contains `query` (already folded with `SearchText.fold`);
    /// "Zoë Saldaña" order works too.
    static func matches(_ row: AgencySnapshot.OfficerRow, _ query: String) -> Bool {
        if row.foldedName.contains(query) || row.badge.lowercased().contains(query) { return true }
        guard query.contains(" ") else { return false }
        return SearchText.fold("\(row.firstName) \(row.lastName)").contains(query)
    }

    private static func nameKey(_ row: AgencySnapshot.OfficerRow) -> (String, String) {
        (row.foldedName, row.badge)
    }

    /// Worst first: lapsed, not started, in progress, expiring, certified, nothing required.
    static func severity(_ standing: CertificationStatus?) -> Int {
        switch standing {
        case .lapsed: 0
        case .notStarted: 1
        case .inProgress: 2
        case .expiring: 3
        case .certified: 4
        case nil: 5
        }
    }

    var selectedIndex: Int? {
        guard let selected = table.selected, visible.indices.contains(selected) else { return nil }
        return visible[selected]
    }
}
