import TerminalUI

/// The dashboard's update: it only reads the agency, and leads to the Officers tab.
enum DashboardUpdate {
    /// The Officers tab, filtered to the lapsed officers.
    static func showLapsed(_ state: inout AppState) -> Next<AppEffect> {
        state.tab = .officers
        state.detail = nil
        OfficersUpdate.show(&state, standing: .lapsed)
        return .none
    }
}
