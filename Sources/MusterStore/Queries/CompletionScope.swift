import MusterCore

/// Which of an officer's completions a streaming read hands over.
public enum CompletionScope: Sendable {
    /// The whole history, voided and failed attempts included: what `--explain` and the officer's own
    /// record need.
    case all
    /// Only the completions that can decide a status as of the date (`StandingBasis.cut`): the newest passed,
    /// non-voided one per module version, read from `completion_latest`, and every failed, non-voided attempt,
    /// read through `completion_failed`. Statuses, expiry dates and bases come out the same as from the whole
    /// history; only the explanation's list of other attempts is shorter. Where the engine says the cut cannot
    /// decide (`StatusEngine.cutVerdict`), an officer also gets the earliest pass of a prerequisite renewed since
    /// the pass that needs it (from the earliest columns of the same rows, `StandingBasis.earliestPerKey`), and,
    /// for a module with a kept pass after the date or with too few hours, that module's whole history. The kept
    /// passes carry their hours; score, instructor and session are left nil.
    case standingBasis(asOf: CalendarDate, engine: StatusEngine)
    /// `standingBasis` for a reader of status lines only (`StatusEngine.moduleStatusLines`): each officer's cut
    /// comes as compact rows (`OfficerRecords.compactCompletions`, `completions` left empty) wherever it can
    /// (`CompactBasisRun`), which the engine judges without a text per completion. Its `completion_latest` rows are
    /// worked out from the officer's passes (`pass_digest`, `PassCut`) instead of read.
    case statusLines(asOf: CalendarDate, engine: StatusEngine)
    /// Only the passed, non-voided completions, read through `completion_passed` alone: what program hours count
    /// (`ProgramEngine`), which judges evidence from the version's terms, the hours and the earliest passes these
    /// hold. Each carries its id, module, version, day and hours; score, instructor and session are left nil.
    case countingPasses
}

extension CompletionScope {
    /// The engine the read judges the cut by, if it does.
    public var engine: StatusEngine? {
        switch self {
        case .standingBasis(_, let engine), .statusLines(_, let engine): engine
        case .all, .countingPasses: nil
        }
    }

    /// The same scope, its cut judged by `engine` (a copy of its own: `RequirementsMemo.engine(for:)`).
    public func judged(by engine: StatusEngine) -> CompletionScope {
        switch self {
        case .standingBasis(let asOf, _): .standingBasis(asOf: asOf, engine: engine)
        case .statusLines(let asOf, _): .statusLines(asOf: asOf, engine: engine)
        case .all, .countingPasses: self
        }
    }
}
