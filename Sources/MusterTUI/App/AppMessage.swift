import MusterCore
import TerminalUI

/// Everything that happens to the app: terminal input, and the results of effects.
enum AppMessage: Equatable, Sendable {
    case key(Key)
    case resized(Size)
    case pasted(String)
    case clicked(Position)
    /// How many officers serve (not separated): one count, the first thing known.
    case headcountLoaded(Int)
    /// Every officer, standings not yet known: the officers table opens on it. Nil when the client has no
    /// cheap roster or reading it failed (the snapshot load that follows reports errors).
    case rosterLoaded(LoadedAgency?)
    case agencyLoaded(Result<LoadedAgency, Failure>)
    case officerLoaded(badge: String, Result<OfficerDetail, Failure>)
    case actionFinished(RecordCommand, Result<CommandResult, Failure>)
    case exportPreviewed(ExportRequest, Result<ExportPreview, Failure>)
    case exportProgressed(ExportProgress)
    case exportFinished(Result<ExportResult, Failure>)
    /// The runtime's timer: time to look for other processes' writes.
    case tick
    /// The database's version, read on a tick.
    case databaseVersionRead(Int64)
    /// The database's version a load started from.
    case databaseVersionSeen(Int64)
    case classesLoaded([ScheduledClass])
    case enrolmentsLoaded(Int64, Result<[ClassEnrolment], Failure>)
    case classActionFinished([RecordCommand], Result<[CommandResult], Failure>)

    /// The message for a terminal event, or nil for events the app ignores.
    static func from(_ event: TerminalEvent) -> AppMessage? {
        switch event {
        case .key(let key): .key(key)
        case .resize(let size): .resized(size)
        case .paste(let text): .pasted(text)
        case .mouse(let mouse) where mouse.kind == .click: .clicked(mouse.position)
        case .mouse, .interrupt: nil
        }
    }
}
