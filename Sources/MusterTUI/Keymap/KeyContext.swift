/// Where a binding applies. The app works out which contexts are active from its state; the first
/// active context with a binding for a key wins.
enum KeyContext: String, CaseIterable, Sendable {
    case confirm, confirmReplace, confirmSheet, help, form, search, classSearch
    case detail, myTraining, officers, dashboard, modules, classes, exports
    case list, global

    /// The heading in the help overlay.
    var title: String {
        switch self {
        case .confirm: "Confirm"
        case .confirmReplace: "Replace the file?"
        case .confirmSheet: "Confirm the sign-in sheet"
        case .help: "Help"
        case .form: "Form"
        case .search: "Search"
        case .classSearch: "Find an attendee"
        case .detail: "Officer"
        case .myTraining: "My training"
        case .officers: "Officers"
        case .dashboard: "Dashboard"
        case .modules: "Modules"
        case .classes: "Classes"
        case .exports: "Exports"
        case .list: "Lists"
        case .global: "Everywhere"
        }
    }
}
