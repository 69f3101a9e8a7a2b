import MusterCore

/// The officers table's search, as `OfficersState.refilter` and `OfficersState.matches` in MusterTUI do it
/// (both internal there): fold the typed text once, keep the candidates whose folded name or badge contains it.
/// Kept line for line with those two so the figure is the TUI's; if they change, change this too.
enum OfficersSearch {
    static func filter(_ rows: [AgencySnapshot.OfficerRow], candidates: [Int], typed: String) -> [Int] {
        let query = SearchText.fold(typed)
        return candidates.filter { index in
            let row = rows[index]
            return query.isEmpty || matches(row, query)
        }
    }

    static func matches(_ row: AgencySnapshot.OfficerRow, _ query: String) -> Bool {
        if row.foldedName.contains(query) || row.badge.lowercased().contains(query) { return true }
        guard query.contains(" ") else { return false }
        return SearchText.fold("\(row.firstName) \(row.lastName)").contains(query)
    }
}
