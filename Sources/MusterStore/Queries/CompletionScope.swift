import MusterCore

/// Which of an officer's completions a streaming read hands over.
public enum CompletionScope: Sendable {
    /// The whole history, voided and failed attempts included: what `--explain` and the officer's own
    /// record need.
    case all
    /// Only the completions that can decide a status as of the date (`StandingBasis.cut`): the newest passed,
    /// non-voided one per module version, read from `completion_latest`, and every failed, non-voided attempt,
    /// read through `completion_failed`. Statuses, expiry dates and bases come out the same as from the whole
    /// history; only the explanation's list of other attempts is shorter. An officer for whom the engine says the
    /// cut cannot decide (`StatusEngine.cutHistoryIsDecisive`: a pass after the date, too few hours, a
    /// prerequisite passed only later) gets the whole history. The kept passes carry their hours; score,
    /// instructor and session are left nil.
    case standingBasis(asOf: CalendarDate, engine: StatusEngine)
}
