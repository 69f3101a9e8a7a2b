/// Remembers the requirements of officers whose requirements depend on nothing of their own: every
/// assignment is on their unit, they have no dated facts, and they were hired (if the date is known) before
/// any of those assignments began. In an agency of 100,000 officers a few dozen units share a few dozen
/// requirement lists, so working each out once per unit and day saves building and sorting them per officer.
/// Officers hired since an assignment began owe it by their own date and are worked out each on their own:
/// kept, their lists would be thousands, each for a handful of officers. One memo per thread; it is a plain value.
/// It also holds the thread's own copy of the engine (`engine(for:)`), which every judgement through it uses.
public struct RequirementsMemo {
    private struct Key: Hashable {
        var unit: String
        var date: CalendarDate
    }

    /// Per unit and day, each set of unit assignments seen (by id, in order) with its requirements. Matching the
    /// ids in place costs no array and no hashing per officer; a unit has one set unless assignments changed
    /// while the spans were read.
    private var known: [Key: [(assignmentIDs: [Int64], requirements: [ModuleRequirement])]] = [:]

    /// The thread's copy of the engine (`StatusEngine.isolated`), and the one it was made from (by its histories).
    private var own: (source: RankedHistories, engine: StatusEngine)?

    public init() {}

    /// The engine to judge by in place of `engine`: this thread's copy of it, made the first time. The answers are
    /// the same (one curriculum, one engine); only the objects are the thread's own.
    public mutating func engine(for engine: StatusEngine) -> StatusEngine {
        if let own, own.source === engine.ranked || own.engine.ranked === engine.ranked { return own.engine }
        let copy = engine.isolated()
        own = (engine.ranked, copy)
        // Requirements remembered from another engine hold its objects.
        known = [:]
        return copy
    }

    /// The officer's requirements on `date`, from the memo when another officer of the same unit with the same
    /// unit assignments was seen before.
    mutating func requirements(
        for records: OfficerRecords, timeline: OfficerTimeline, asOf date: CalendarDate, engine: StatusEngine
    ) -> [ModuleRequirement] {
        // A partner officer's unit names none of the home agency's unit assignments (`Assignment.applies`).
        guard records.facts.isEmpty, records.officer.agency == nil, let unit = records.officer.unit, records.officer.status != .separated,
              records.assignments.allSatisfy({ $0.assignee == .unit(unit) }),
              records.officer.hireDate.map({ hired in hired <= date && records.assignments.allSatisfy { hired <= $0.from } }) ?? true
        else {
            return engine.requirements(for: records, timeline: timeline, asOf: date)
        }
        let key = Key(unit: unit, date: date)
        if let entries = known[key] {
            for entry in entries where entry.assignmentIDs.elementsEqual(records.assignments, by: { $0 == $1.id }) {
                return entry.requirements
            }
        }
        let requirements = engine.requirements(for: records, timeline: timeline, asOf: date)
        known[key, default: []].append((records.assignments.map(\.id), requirements))
        return requirements
    }
}

extension StatusEngine {
    /// `moduleStandings(for:asOf:)`, taking the requirements from `memo` where it can.
    /// Judged by the thread's copy of the engine (`RequirementsMemo.engine(for:)`).
    public func moduleStandings(for records: OfficerRecords, asOf date: CalendarDate, memo: inout RequirementsMemo) -> [ModuleStanding] {
        let engine = memo.engine(for: self)
        let timeline = records.timeline
        let day = OfficerDay(records, timeline: timeline, asOf: date)
        return memo.requirements(for: records, timeline: timeline, asOf: date, engine: engine).map {
            $0.evaluate(records, context: day)
        }
    }

    /// `moduleStandings(for:asOf:memo:)` without the evidence: each required module's status line.
    /// From `records.compactCompletions` when the reader gave them; judged by the thread's copy of the engine.
    public func moduleStatusLines(for records: OfficerRecords, asOf date: CalendarDate, memo: inout RequirementsMemo) -> [ModuleStatusLine] {
        let engine = memo.engine(for: self)
        if let compact = records.compactCompletions { return engine.moduleStatusLines(for: records, compact, asOf: date, memo: &memo) }
        return engine.moduleStatusLines(for: records, records.completions, asOf: date, memo: &memo)
    }

    private func moduleStatusLines<Completions: JudgedCompletions>(
        for records: OfficerRecords, _ completions: Completions, asOf date: CalendarDate, memo: inout RequirementsMemo
    ) -> [ModuleStatusLine] {
        let timeline = records.timeline
        let day = OfficerDay(records, completions, timeline: timeline, asOf: date)
        let requirements = memo.requirements(for: records, timeline: timeline, asOf: date, engine: self)
        // A requirement handed out of the array is one reference (`ModuleRequirement.Storage`), not its fields.
        return requirements.map { $0.statusLine(records, completions, context: day) }
    }
}
