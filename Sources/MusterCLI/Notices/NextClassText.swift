import MusterCore
import MusterStore

/// The "next enrolled class" line of an officer's notice.
enum NextClassText {
    /// The officer's first enrolled class on or after `day`, in words; nil when they have none.
    static func line(badge: String, after day: CalendarDate, in store: SQLiteRecordStore) throws -> String? {
        nil
    }
}
