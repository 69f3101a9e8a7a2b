/// One officer's training records, already grouped by the caller, which is what lets the engine run
/// over 100,000 officers without ever scanning agency-wide arrays.
///
/// `assignments` are those placed on the officer or on any unit they were ever in. Records that do not belong to the
/// officer (another badge, another unit) are ignored rather than trusted, so a grouping mistake can
/// never make someone else's completion count.
public struct OfficerRecords: Sendable, Equatable {
    public var officer: Officer
    public var assignments: [Assignment]
    public var completions: [Completion]
    public var waivers: [Waiver]
    /// The officer's dated facts (unit moves, separations, leave), any order.
    public var facts: [OfficerFact]
    /// The officer's completions as compact rows, for a reader that judges status lines only
    /// (`StatusEngine.moduleStatusLines`), which then reads these instead of `completions` (left empty).
    public var compactCompletions: CompactCompletions?

    public init(
        officer: Officer, assignments: [Assignment] = [], completions: [Completion] = [], waivers: [Waiver] = [],
        facts: [OfficerFact] = [], compactCompletions: CompactCompletions? = nil
    ) {
        self.officer = officer
        self.assignments = assignments
        self.completions = completions
        self.waivers = waivers
        self.facts = facts
        self.compactCompletions = compactCompletions
    }

    public var timeline: OfficerTimeline { OfficerTimeline(officer: officer, facts: facts) }
}
