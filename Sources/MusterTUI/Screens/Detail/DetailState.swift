import MusterCore
import TerminalUI

/// One officer's open record: the requirement and history lists and which has focus.
struct DetailState: Equatable, Sendable {
    enum Pane: Equatable, Sendable {
        case requirements, history
    }

    var badge: String
    var detail: Loadable<OfficerDetail> = .loading
    var pane = Pane.requirements
    var requirements = TableState()
    var history = TableState()
    /// The tab Esc goes back to (the dashboard opens officers too).
    var returnsTo = Tab.officers

    init(badge: String) {
        self.badge = badge
    }

    var selectedStanding: ModuleStanding? {
        guard let detail = detail.value, let index = requirements.selected, detail.modules.indices.contains(index) else { return nil }
        return detail.modules[index]
    }

    var selectedCompletion: Completion? {
        guard let detail = detail.value, let index = history.selected, detail.completions.indices.contains(index) else { return nil }
        return detail.completions[index]
    }
}
