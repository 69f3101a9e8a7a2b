/// Why a recorded completion does not count towards a module.
public enum Disqualification: Hashable, Sendable {
    /// Voided, with the reason given when it was voided.
    case voided(reason: String)
    /// Completed after the as-of date, so it did not exist yet on that date.
    case completedAfterAsOf(CalendarDate)
    /// Dated before the incident whose trigger requires the module: training owed after an event is met only on
    /// or after its day.
    case beforeIncident(CalendarDate)
    case failed
    /// Recorded against a version a later version in force had already stopped accepting when it was completed.
    case versionBelowAcceptsFrom(version: ModuleVersion, acceptsFrom: ModuleVersion)
    /// The module is not in the loaded curriculum, so its validity cannot be known.
    case moduleNotInCurriculum
    /// Fewer hours recorded than the version's `hours`, and fewer than its `min_hours` when it has one.
    case tooFewHours(recorded: Double, needed: Double, of: Double)
    /// No passing completion of a prerequisite module on or before the completion's date.
    case waitingForPrerequisite(String)

    /// Words for the `--explain` notes, e.g. "version 2020.1 is below accepts_from 2023.1".
    public var explanation: String {
        switch self {
        case .voided(let reason):
            reason.isEmpty ? "voided" : "voided: \(reason)"
        case .completedAfterAsOf(let asOf):
            "completed after the as-of date \(asOf)"
        case .beforeIncident(let day):
            "dated before the incident of \(day)"
        case .failed:
            "failed"
        case .versionBelowAcceptsFrom(let version, let acceptsFrom):
            "version \(version) is below accepts_from \(acceptsFrom)"
        case .moduleNotInCurriculum:
            "the module is not in the loaded curriculum"
        case .tooFewHours(let recorded, let needed, let of):
            "attended \(hoursText(recorded)) of \(hoursText(of)) h (at least \(hoursText(needed)) h needed)"
        case .waitingForPrerequisite(let moduleID):
            "waiting for prerequisite \(moduleID)"
        }
    }
}

/// "2", "0.5".
func hoursText(_ hours: Double) -> String {
    hours == hours.rounded() && abs(hours) < 1e15 ? String(Int(hours)) : String(hours)
}

/// The engine's judgement of one recorded completion for one module as of a date.
public enum CompletionVerdict: Hashable, Sendable {
    /// It counts, and stops counting on `expiresOn` (nil: never): its own version's expiry, or earlier when a
    /// later version in force stops accepting it.
    case counts(expiresOn: CalendarDate?)
    /// It does not count, for every reason listed (most decisive first).
    case doesNotCount([Disqualification])

    public var counts: Bool {
        if case .counts = self { return true }
        return false
    }
}

/// A completion together with the engine's verdict on it: the ledger behind `--explain`.
public struct CompletionEvidence: Hashable, Sendable {
    public var completion: Completion
    public var verdict: CompletionVerdict
    /// The later version that cut this completion's validity short, when one did.
    public var supersededBy: Supersession?

    public init(completion: Completion, verdict: CompletionVerdict, supersededBy: Supersession? = nil) {
        self.completion = completion
        self.verdict = verdict
        self.supersededBy = supersededBy
    }

    /// Whether a counting completion beats another as the basis of a status: it expires later (never is
    /// latest); on a tie, it was completed later; then the higher id (recorded later). Takes the dates and ids rather than the completions: judging calls it for every counting completion, and
    /// a completion passed by value retains every text it holds.
    static func isLater(
        _ mine: CalendarDate?, _ completedOn: CalendarDate, _ id: Int64,
        than theirs: CalendarDate?, _ otherCompletedOn: CalendarDate, _ otherID: Int64
    ) -> Bool {
        if mine != theirs {
            guard let mine else { return true }
            guard let theirs else { return false }
            return theirs < mine
        }
        if completedOn != otherCompletedOn {
            return otherCompletedOn < completedOn
        }
        return otherID < id
    }
}
