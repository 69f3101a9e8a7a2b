import MusterCore

/// Which of an officer's completions a streaming read hands over.
public enum CompletionScope: Sendable, Equatable {
    /// The whole history, voided and failed attempts included: what `--explain` and the officer's own
    /// record need.
    case all
    /// Only the completions that can decide a status as of the date: the newest passed, non-voided one
    /// per module version, read from `completion_latest`. Statuses, expiry dates and bases come out the
    /// same as from the whole history; only the explanation's list of other attempts is shorter. An officer
    /// with a counted completion after the date gets the whole history, since an older one may decide then.
    /// The completions carry what statuses read: their score, hours, instructor and session are left nil.
    case standingBasis(asOf: CalendarDate)
}
