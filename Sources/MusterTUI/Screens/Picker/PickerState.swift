import MusterCore
import TerminalUI

/// A list dialog to choose one value from: a filter's values, or an officer's waivers. Typing narrows it
/// (with the same matching as every search), ↑↓ move, Enter chooses.
struct PickerState: Equatable, Sendable {
    /// What choosing does.
    enum Purpose: Equatable, Sendable {
        /// The officers table's unit filter (nil: every unit).
        case unitFilter
        /// The officers table's status filter.
        case statusFilter
        /// One officer's waivers: choosing one that is not over asks to end it.
        case waivers(badge: String)
        /// One officer's incidents, to read: choosing one shows it whole on the status line.
        case incidents(badge: String)
    }

    /// One row: what it shows, and what choosing it means.
    struct Option: Equatable, Sendable {
        enum Value: Equatable, Sendable {
            case unit(String?)
            case status(OfficersState.StatusFilter)
            case waiver(Waiver)
            case incident(Incident)
        }

        var label: String
        var value: Value
    }

    var purpose: Purpose
    var title: String
    var options: [Option]
    var filter = ListSearch(isEditing: true)
    var list = TableState()

    init(purpose: Purpose, title: String, options: [Option], selecting current: Int? = nil) {
        self.purpose = purpose
        self.title = title
        self.options = options
        if let current { list = TableState(selected: current) }
    }

    /// The options the filter leaves, as indices into `options`.
    var shown: [Int] {
        let matcher = filter.matcher
        return options.indices.filter { matcher.matches([options[$0].label]) }
    }

    var selectedOption: Option? {
        let shown = shown
        guard let selected = list.selected, shown.indices.contains(selected) else { return nil }
        return options[shown[selected]]
    }
}
