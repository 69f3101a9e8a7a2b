/// Remembers the requirements of officers whose requirements depend on nothing of their own but their unit
/// and hire date: every assignment is on their unit and they have no dated facts. In an agency of 100,000
/// officers a few dozen units share a few dozen requirement lists (and the recently hired a few hundred more),
/// so working each out once per unit, hire date and day saves building and sorting them per officer. One memo
/// per thread; it is a plain value.
public struct RequirementsMemo {
    private struct Key: Hashable {
        var unit: String
        var date: CalendarDate
        var assignmentIDs: [Int64]
        /// The hire date when it falls after an assignment began (it then moves that assignment's due date);
        /// nil when every assignment began after it, so officers hired at any earlier time share one entry.
        var hiredDuring: CalendarDate?
    }

    private var known: [Key: [ModuleRequirement]] = [:]

    public init() {}

    /// The officer's requirements on `date`, from the memo when another officer of the same unit with the same
    /// unit assignments was seen before.
    mutating func requirements(
        for records: OfficerRecords, timeline: OfficerTimeline, asOf date: CalendarDate, engine: StatusEngine
    ) -> [ModuleRequirement] {
        guard records.facts.isEmpty, let unit = records.officer.unit, records.officer.status != .separated,
              records.assignments.allSatisfy({ $0.assignee == .unit(unit) })
        else {
            return engine.requirements(for: records, timeline: timeline, asOf: date)
        }
        let hired = records.officer.hireDate
        let hiredDuring = hired.flatMap { hired in records.assignments.contains { $0.from < hired } || date < hired ? hired : nil }
        let key = Key(unit: unit, date: date, assignmentIDs: records.assignments.map(\.id), hiredDuring: hiredDuring)
        if let requirements = known[key] { return requirements }
        let requirements = engine.requirements(for: records, timeline: timeline, asOf: date)
        known[key] = requirements
        return requirements
    }
}

extension StatusEngine {
    /// `moduleStandings(for:asOf:)`, taking the requirements from `memo` where it can.
    public func moduleStandings(for records: OfficerRecords, asOf date: CalendarDate, memo: inout RequirementsMemo) -> [ModuleStanding] {
        let timeline = records.timeline
        let day = OfficerDay(records, timeline: timeline, asOf: date)
        return memo.requirements(for: records, timeline: timeline, asOf: date, engine: self).map {
            $0.evaluate(records, context: day)
        }
    }

    /// `moduleStandings(for:asOf:memo:)` without the evidence: each required module's status line.
    public func moduleStatusLines(for records: OfficerRecords, asOf date: CalendarDate, memo: inout RequirementsMemo) -> [ModuleStatusLine] {
        let timeline = records.timeline
        let day = OfficerDay(records, timeline: timeline, asOf: date)
        let requirements = memo.requirements(for: records, timeline: timeline, asOf: date, engine: self)
        // By index: `map` hands each requirement out as a copy, retaining its module id, history and assignments.
        return requirements.indices.map { requirements[$0].statusLine(records, context: day) }
    }
}
