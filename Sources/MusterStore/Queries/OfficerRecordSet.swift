import MusterCore

/// Everything the status engine needs about one officer: the assignments that apply (their own and their
/// unit's), every completion including voided ones, and their waivers.
public struct OfficerRecordSet: Sendable, Equatable {
    public var officer: Officer
    /// Direct assignments first, then the unit's, each in id order.
    public var assignments: [Assignment]
    /// Ordered by module id, then completed_on, then id.
    public var completions: [Completion]
    public var waivers: [Waiver]

    public init(officer: Officer, assignments: [Assignment], completions: [Completion], waivers: [Waiver]) {
        self.officer = officer
        self.assignments = assignments
        self.completions = completions
        self.waivers = waivers
    }
}
