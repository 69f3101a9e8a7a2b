import GRDB
import MusterCore

/// The SQL that reads scheduled sessions and enrolments, shared by the command layer (inside its transaction)
/// and the store's reads.
enum ClassQueries {
    /// Every column of a session and how many are enrolled in it.
    private static let select = """
        SELECT s.*, (SELECT COUNT(*) FROM class_enrolment e WHERE e.session_id = s.id) AS enrolled
        FROM class_session s
        """

    static func scheduledClass(_ db: Database, id: Int64) throws -> ScheduledClass? {
        try Row.fetchOne(db.cachedStatement(sql: select + " WHERE s.id = ?"), arguments: [id]).map(decode)
    }

    /// Sessions in `window` as of `day`: upcoming ones soonest first, past and all newest first.
    static func scheduledClasses(_ db: Database, _ window: ClassWindow, asOf day: CalendarDate, limit: Int) throws
        -> [ScheduledClass]
    {
        let (condition, order): (String, String) = switch window {
        case .upcoming: ("WHERE s.held_on >= ? AND s.cancelled_on IS NULL", "s.held_on, s.starts_at, s.id")
        case .past: ("WHERE s.held_on < ?", "s.held_on DESC, s.starts_at DESC, s.id DESC")
        case .all: ("WHERE ? IS NOT NULL", "s.held_on DESC, s.starts_at DESC, s.id DESC")
        }
        return try Row.fetchAll(db, sql: "\(select) \(condition) ORDER BY \(order) LIMIT ?",
                                arguments: [day.iso, max(0, limit)]).map(decode)
    }

    /// A session's enrolments, in the order they were made.
    static func enrolments(_ db: Database, sessionID: Int64) throws -> [ClassEnrolment] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM class_enrolment WHERE session_id = ? ORDER BY id"),
                         arguments: [sessionID]).map(decodeEnrolment)
    }

    /// The sessions the officer is enrolled in that are still to come on `day`, soonest first.
    static func upcomingEnrolments(_ db: Database, badge: String, asOf day: CalendarDate) throws -> [ScheduledClass] {
        try Row.fetchAll(db, sql: """
            \(select) JOIN class_enrolment mine ON mine.session_id = s.id AND mine.badge = ?
            WHERE s.held_on >= ? AND s.cancelled_on IS NULL ORDER BY s.held_on, s.starts_at, s.id
            """, arguments: [badge, day.iso]).map(decode)
    }

    private static func decode(_ row: Row) -> ScheduledClass {
        ScheduledClass(
            id: row["id"], moduleID: row["module_id"], heldOn: RowDecoding.date(row["held_on"]) ?? CalendarDate(dayNumber: 0),
            startsAt: (row["starts_at"] as String?).flatMap(ClassTime.init), location: row["location"],
            instructor: row["instructor"], capacity: row["capacity"], cancelledOn: RowDecoding.date(row["cancelled_on"]),
            enrolled: row["enrolled"] ?? 0)
    }

    private static func decodeEnrolment(_ row: Row) -> ClassEnrolment {
        ClassEnrolment(
            sessionID: row["session_id"], badge: row["badge"],
            enrolledOn: RowDecoding.date(row["enrolled_on"]) ?? CalendarDate(dayNumber: 0),
            attendance: (row["attendance"] as String?).flatMap(Attendance.init(rawValue:)), score: row["score"])
    }
}
