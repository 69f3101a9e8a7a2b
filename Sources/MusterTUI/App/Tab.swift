/// The coordinator workspace's tabs, in the order digits 1–5 select them.
enum Tab: Int, CaseIterable, Sendable {
    case dashboard, officers, modules, classes, exports

    var title: String {
        switch self {
        case .dashboard: "Dashboard"
        case .officers: "Officers"
        case .modules: "Modules"
        case .classes: "Classes"
        case .exports: "Exports"
        }
    }
}
