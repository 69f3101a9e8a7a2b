import TerminalUI

/// The dashboard's lists that are entered: the overdue officers (with its search), the units and, when a program
/// is assigned, the officers at risk of ending its cycle short.
struct DashboardState: Equatable, Sendable {
    /// Which list ↑↓ and Enter act on; `u` and `p` move between them.
    enum Focus: Equatable, Sendable { case overdue, units, atRisk }

    var focus = Focus.overdue
    var overdue = TableState()
    var units = TableState()
    var atRisk = TableState()
    var search = ListSearch()
    /// The overdue lines the search leaves (indices into the snapshot's `overdue`), kept from one keystroke to
    /// the next so a frame never re-folds thousands of names; nil while the search is empty (every line).
    var matches: [Int]?
}
