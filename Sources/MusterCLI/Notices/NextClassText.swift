import MusterCore
import MusterStore

/// The "next enrolled class" line of an officer's notice.
enum NextClassText {
    /// The officer's first enrolled class on or after `day`, in words; nil when they have none.
    static func line(badge: String, after day: CalendarDate, in store: SQLiteRecordStore, curriculum: Curriculum) throws -> String? {
        guard let next = try store.upcomingEnrolments(badge: badge, asOf: day).first else { return nil }
        var words = "\(curriculum.module(next.moduleID)?.title ?? next.moduleID) (\(next.moduleID)) on \(next.heldOn.iso)"
        if let time = next.startsAt { words += " at \(time)" }
        if let place = next.location { words += ", \(place)" }
        if let instructor = next.instructor { words += ", instructor \(instructor)" }
        return words + " (class #\(next.id))"
    }
}
