import MusterCore
import TerminalUI

/// The Classes tab: the session form (module, date, instructor, location, unit, attendees) kept as a draft
/// until recorded.
struct ClassesState: Equatable, Sendable {
    var form: FormState
    /// The last roster recorded, as the client confirmed it.
    var lastRecorded: String?
    /// Finding an officer by name to sign in; nil when not searching.
    var search: TextInput?
    /// Indices of the officers matching `search` (at most `searchLimit`).
    var searchResults: [Int] = []
    var searchSelection = 0

    /// The class sessions still to come, soonest first.
    var upcoming: [ScheduledClass] = []
    /// The scheduled session the form shows, with the badges enrolled in it when it was opened; nil for a new one.
    var openSession: ScheduledClass?
    var openEnrolled: [String] = []

    static let searchLimit = 50
}
