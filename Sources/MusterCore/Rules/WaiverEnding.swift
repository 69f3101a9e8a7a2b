/// Ending a waiver early: from the day it ends the officer owes the module again. The waiver is kept, its
/// last day moved to the day before (a dated change, audited, never a delete), so the status engine reads
/// the shortened period as it reads any waiver with an end (`DueAdjustment.waiverEnded`).
public enum WaiverEnding {
    /// The waiver's new last day when it ends on `on` (the first day it no longer covers).
    ///
    /// Refused when `on` is not after the waiver's first day (it would cover nothing: that is not an end but
    /// a withdrawal, and the record must still say the waiver existed), or when the waiver's own last day
    /// is before `on` (it is over by then; ending it would change nothing or lengthen it).
    public static func lastDay(of waiver: Waiver, endingOn on: CalendarDate) throws(RuleViolation) -> CalendarDate {
        guard on > waiver.from else { throw .endNotAfterStart(field: "on", on: on, start: waiver.from) }
        if let until = waiver.until, until < on { throw .alreadyOver(field: "on", on: on, lastDay: until) }
        return on.subtracting(days: 1)
    }

    /// Whether the waiver covers `day` or any later day: what `waivers list --active` keeps
    /// (one that begins later is active too: it is still to come).
    public static func isActive(_ waiver: Waiver, on day: CalendarDate) -> Bool {
        waiver.until.map { day <= $0 } ?? true
    }
}
