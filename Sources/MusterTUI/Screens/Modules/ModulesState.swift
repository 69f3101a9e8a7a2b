import TerminalUI

/// The Modules tab: which view (modules, certifications, coverage) and the selection in it.
struct ModulesState: Equatable, Sendable {
    enum View: String, CaseIterable, Sendable {
        case modules = "Modules"
        case certifications = "Certifications"
        case coverage = "Policy coverage"
    }

    var view = View.modules
    var list = TableState()
    /// Narrows the modules or the certifications view (a new view starts with an empty one).
    var search = ListSearch()
}
