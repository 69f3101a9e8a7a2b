import MusterCore

/// A write the TUI asks the client to perform; each mirrors a CLI records command.
public enum RecordAction: Sendable, Equatable {
    case recordCompletion(CompletionRequest)
    case assign(AssignmentRequest)
    case waive(WaiverRequest)
    /// Voids a recorded completion; the reason is kept on the record.
    case void(completionID: Int64, reason: String)
    /// Records a whole class session's roster in one step.
    case recordClass(ClassRoster)
}
