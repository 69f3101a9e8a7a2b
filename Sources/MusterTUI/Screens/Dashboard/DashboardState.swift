import TerminalUI

/// The dashboard's one list that is entered: the overdue officers, with its selection and its search.
struct DashboardState: Equatable, Sendable {
    var overdue = TableState()
    var search = ListSearch()
    /// The overdue lines the search leaves (indices into the snapshot's `overdue`), kept from one keystroke to
    /// the next so a frame never re-folds thousands of names; nil while the search is empty (every line).
    var matches: [Int]?
}
