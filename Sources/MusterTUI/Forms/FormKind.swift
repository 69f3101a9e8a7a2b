import MusterCore

/// What a form is for; decides its fields, its validation and the action it submits.
enum FormKind: Equatable, Sendable {
    case recordCompletion(badge: String)
    case assign(badge: String)
    case waive(badge: String)
    case void(badge: String, completionID: Int64, summary: String)
    case incident(badge: String)
    case classSession
    case export

    /// What the login must be allowed to do to save the form: the permission of the command it submits
    /// (`RecordCommand.permission`), or of the export it writes. The store checks it again when it writes.
    var permission: Permission {
        switch self {
        case .recordCompletion, .classSession: .recordCompletions
        case .assign: .assign
        case .waive: .waive
        case .void: .voidCompletions
        case .incident: .recordIncidents
        case .export: .export
        }
    }

    var title: String {
        switch self {
        case .recordCompletion(let badge): "Record a completion for \(badge)"
        case .assign(let badge): "Assign training to \(badge)"
        case .waive(let badge): "Waive a module for \(badge)"
        case .void(_, let id, _): "Void completion #\(id)"
        case .incident(let badge): "Record an incident for \(badge)"
        case .classSession: "Class session"
        case .export: "Export"
        }
    }
}
