/// One officer's training records, already grouped by the caller, which is what lets the engine run
/// over 100,000 officers without ever scanning agency-wide arrays.
///
/// `assignments` are those placed on the officer or on their unit. Records that do not belong to the
/// officer (another badge, another unit) are ignored rather than trusted, so a grouping mistake can
/// never make someone else's completion count.
public struct OfficerRecords: Sendable, Equatable {
    public var officer: Officer
    public var assignments: [Assignment]
    public var completions: [Completion]
    public var waivers: [Waiver]

    public init(officer: Officer, assignments: [Assignment] = [], completions: [Completion] = [], waivers: [Waiver] = []) {
        self.officer = officer
        self.assignments = assignments
        self.completions = completions
        self.waivers = waivers
    }
}
