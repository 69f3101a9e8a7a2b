/// Remembers the requirements of officers whose every assignment is a unit assignment: in an agency of
/// 100,000 officers a few dozen units share a few dozen requirement lists, so working each out once per
/// unit saves building and sorting them per officer. One memo per thread; it is a plain value.
public struct RequirementsMemo {
    private struct Key: Hashable {
        var unit: String
        var assignmentIDs: [Int64]
    }

    private var known: [Key: [ModuleRequirement]] = [:]

    public init() {}

    /// The officer's requirements, from the memo when another officer of the same unit with the same
    /// unit assignments was seen before.
    mutating func requirements(for records: OfficerRecords, engine: StatusEngine) -> [ModuleRequirement] {
        guard let unit = records.officer.unit, records.assignments.allSatisfy({ $0.assignee == .unit(unit) }) else {
            return engine.requirements(for: records)
        }
        let key = Key(unit: unit, assignmentIDs: records.assignments.map(\.id))
        if let requirements = known[key] { return requirements }
        let requirements = engine.requirements(for: records)
        known[key] = requirements
        return requirements
    }
}

extension StatusEngine {
    /// `moduleStandings(for:asOf:)`, taking the requirements from `memo` where it can.
    public func moduleStandings(for records: OfficerRecords, asOf date: CalendarDate, memo: inout RequirementsMemo) -> [ModuleStanding] {
        let own = records.ownCompletionsNewestFirst()
        return memo.requirements(for: records, engine: self).map {
            $0.evaluate(records, ownCompletionsNewestFirst: own, asOf: date)
        }
    }

    /// `moduleStandings(for:asOf:memo:)` without the evidence: each required module's status line.
    public func moduleStatusLines(for records: OfficerRecords, asOf date: CalendarDate, memo: inout RequirementsMemo) -> [ModuleStatusLine] {
        let own = records.ownCompletionsNewestFirst()
        let requirements = memo.requirements(for: records, engine: self)
        // By index: `map` hands each requirement out as a copy, retaining its module id, terms and assignments.
        return requirements.indices.map { requirements[$0].statusLine(records, ownCompletionsNewestFirst: own, asOf: date) }
    }
}
