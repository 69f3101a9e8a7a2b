/// The Classes tab: the session form (module, date, instructor, location, unit, attendees) kept as a draft
/// until recorded.
struct ClassesState: Equatable, Sendable {
    var form: FormState
    /// The last roster recorded, as the client confirmed it.
    var lastRecorded: String?
}
