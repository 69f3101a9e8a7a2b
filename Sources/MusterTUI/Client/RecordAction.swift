import MusterCore

/// A write the TUI asks the client to perform; each mirrors a CLI records command.
public enum RecordAction: Sendable, Equatable {
    case recordCompletion(CompletionEntry)
    case assign(AssignmentEntry)
    case waive(WaiverEntry)
    /// Voids a recorded completion; the reason is kept on the record.
    case void(completionID: Int64, reason: String)
    /// Records a whole class session's roster in one step.
    case recordClass(ClassRoster)
}
