import MusterCore

/// Reads of scheduled class sessions and their enrolments (`muster classes`, the Classes tab, notices).
extension SQLiteRecordStore {
    /// Sessions in `window` as of `day`: upcoming ones soonest first, past and all newest first.
    public func scheduledClasses(_ window: ClassWindow, asOf day: CalendarDate, limit: Int = 500) throws -> [ScheduledClass] {
        try read { db in try ClassQueries.scheduledClasses(db, window, asOf: day, limit: limit) }
    }

    public func scheduledClass(id: Int64) throws -> ScheduledClass? {
        try read { db in try ClassQueries.scheduledClass(db, id: id) }
    }

    /// A session's enrolled officers with their attendance, in the order they were enrolled.
    public func enrolments(sessionID: Int64) throws -> [ClassEnrolment] {
        try read { db in try ClassQueries.enrolments(db, sessionID: sessionID) }
    }

    /// The classes the officer is enrolled in that are still to come on `day` (held that day or later, not
    /// cancelled), soonest first: "My training" and the notices' next class.
    public func upcomingEnrolments(badge: String, asOf day: CalendarDate) throws -> [ScheduledClass] {
        try read { db in try ClassQueries.upcomingEnrolments(db, badge: badge, asOf: day) }
    }
}
