/// What a form is for; decides its fields, its validation and the action it submits.
enum FormKind: Equatable, Sendable {
    case recordCompletion(badge: String)
    case assign(badge: String)
    case waive(badge: String)
    case void(badge: String, completionID: Int64, summary: String)
    case classSession
    case export

    var title: String {
        switch self {
        case .recordCompletion(let badge): "Record a completion for \(badge)"
        case .assign(let badge): "Assign training to \(badge)"
        case .waive(let badge): "Waive a module for \(badge)"
        case .void(_, let id, _): "Void completion #\(id)"
        case .classSession: "Class session"
        case .export: "Export"
        }
    }
}
