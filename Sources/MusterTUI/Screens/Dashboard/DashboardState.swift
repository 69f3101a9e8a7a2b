import TerminalUI

/// The dashboard's one list that is entered: the overdue officers, with its selection and its search.
struct DashboardState: Equatable, Sendable {
    var overdue = TableState()
    var search = ListSearch()
}
