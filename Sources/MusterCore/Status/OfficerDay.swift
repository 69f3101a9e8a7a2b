/// What the engine works out once per officer and day, and every requirement of theirs reads: their own
/// completions newest first, their timeline, the leaves known that day and the one covering it.
struct OfficerDay {
    let date: CalendarDate
    /// Indices of the officer's own completions in `records.completions`, newest first (then highest id).
    let own: [Int]
    let leaves: [LeavePeriod]
    /// The leave covering `date`.
    let leave: LeavePeriod?

    init(_ records: OfficerRecords, asOf date: CalendarDate) {
        self.init(records, timeline: records.timeline, asOf: date)
    }

    init(_ records: OfficerRecords, timeline: OfficerTimeline, asOf date: CalendarDate) {
        self.init(records, records.completions, timeline: timeline, asOf: date)
    }

    /// `completions`: the officer's, as `records` holds them or as compact rows.
    init<Completions: JudgedCompletions>(
        _ records: OfficerRecords, _ completions: Completions, timeline: OfficerTimeline, asOf date: CalendarDate
    ) {
        self.date = date
        own = Self.ownNewestFirst(completions, badge: records.officer.badge)
        leaves = timeline.facts.isEmpty && timeline.officer.status != .leave ? [] : timeline.leaves(knownOn: date)
        leave = leaves.last { $0.covers(date) }
    }
}

extension OfficerDay {
    /// Indices of the completions that are the officer's own, newest first (then highest id). Only
    /// own ones: a grouping mistake upstream must never let another officer's completion count.
    static func ownNewestFirst<Completions: JudgedCompletions>(_ completions: Completions, badge: String) -> [Int] {
        // Plain integer keys sort faster than dates compared field by field.
        var keys: [(day: Int, id: Int64, index: Int)] = []
        keys.reserveCapacity(completions.indices.count)
        for index in completions.indices where completions.isOwn(index, by: badge) {
            let day = completions.completedOn(index)
            keys.append(((day.year * 100 + day.month) * 100 + day.day, completions.id(index), index))
        }
        keys.sort { ($1.day, $1.id) < ($0.day, $0.id) }
        return keys.map { $0.index }
    }
}
