import TerminalUI

/// The dashboard's two lists that are entered: the overdue officers (with its search) and the units.
struct DashboardState: Equatable, Sendable {
    /// Which list ↑↓ and Enter act on; `u` moves between them.
    enum Focus: Equatable, Sendable { case overdue, units }

    var focus = Focus.overdue
    var overdue = TableState()
    var units = TableState()
    var search = ListSearch()
    /// The overdue lines the search leaves (indices into the snapshot's `overdue`), kept from one keystroke to
    /// the next so a frame never re-folds thousands of names; nil while the search is empty (every line).
    var matches: [Int]?
}
