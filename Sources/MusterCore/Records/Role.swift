/// What a login may do in Muster.
public enum Role: String, CaseIterable, Sendable, Codable {
    /// Everything.
    case coordinator
    /// Records and voids completions for class sessions.
    case instructor
    /// Reads their own records only.
    case officer
    /// Reads and exports everything.
    case auditor
    /// Signs off module versions (`curricula review`); records no training.
    case reviewer
    /// A partner agency's liaison: reads its own agency's officers' records only (granted with `--agency`).
    case liaison
}
