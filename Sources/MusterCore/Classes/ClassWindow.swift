/// Which class sessions a list shows, as of a day.
public enum ClassWindow: String, Sendable, CaseIterable {
    /// Held that day or later, not cancelled: what is still to come.
    case upcoming
    /// Held before that day, cancelled or not.
    case past
    /// Every session ever scheduled or recorded.
    case all
}
