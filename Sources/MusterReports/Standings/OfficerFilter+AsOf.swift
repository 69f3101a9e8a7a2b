import MusterCore
import MusterStore

extension OfficerFilter {
    /// The filter for a report judged as of a day: a unit filter reads former members too, whom `keeps` then
    /// sorts by the unit they were in that day.
    var asOfADay: OfficerFilter {
        var filter = self
        filter.includesFormerUnitMembers = unit != nil
        return filter
    }

    /// Whether a report as of `day` lists the officer: they served that day, in the unit asked for if any.
    /// Today's status and unit say nothing of that day.
    func keeps(_ records: OfficerRecords, on day: CalendarDate) -> Bool {
        let timeline = records.timeline
        return timeline.serves(on: day) && (unit.map { timeline.unit(on: day) == $0 } ?? true)
    }
}
