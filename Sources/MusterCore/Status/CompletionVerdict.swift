/// Why a recorded completion does not count towards a module.
public enum Disqualification: Hashable, Sendable {
    /// Voided, with the reason given when it was voided.
    case voided(reason: String)
    /// Completed after the as-of date, so it did not exist yet on that date.
    case completedAfterAsOf(CalendarDate)
    case failed
    /// Recorded against a version older than the module's `accepts_from`.
    case versionBelowAcceptsFrom(version: ModuleVersion, acceptsFrom: ModuleVersion)
    /// The module is not in the loaded curriculum, so its validity cannot be known.
    case moduleNotInCurriculum

    /// Words for the `--explain` notes, e.g. "version 2020.1 is below accepts_from 2023.1".
    public var explanation: String {
        switch self {
        case .voided(let reason):
            reason.isEmpty ? "voided" : "voided: \(reason)"
        case .completedAfterAsOf(let asOf):
            "completed after the as-of date \(asOf)"
        case .failed:
            "failed"
        case .versionBelowAcceptsFrom(let version, let acceptsFrom):
            "version \(version) is below accepts_from \(acceptsFrom)"
        case .moduleNotInCurriculum:
            "the module is not in the loaded curriculum"
        }
    }
}

/// The engine's judgement of one recorded completion for one module as of a date.
public enum CompletionVerdict: Hashable, Sendable {
    /// It counts, and stops counting on `expiresOn` (nil: never).
    case counts(expiresOn: CalendarDate?)
    /// It does not count, for every reason listed (most decisive first).
    case doesNotCount([Disqualification])

    /// Judges `completion` against `module` (the newest loaded version) as of `date`.
    public init(_ completion: borrowing Completion, for module: Module?, asOf date: CalendarDate) {
        self.init(completion, terms: module.map(ModuleTerms.init), asOf: date)
    }

    /// Borrows `completion`: an initialiser otherwise takes its arguments owned, so a caller judging a completion
    /// it only reads would have to hand over a copy.
    init(_ completion: borrowing Completion, terms: ModuleTerms?, asOf date: CalendarDate) {
        var reasons: [Disqualification] = []
        if let voidReason = completion.voidReason { reasons.append(.voided(reason: voidReason)) }
        if date < completion.completedOn { reasons.append(.completedAfterAsOf(date)) }
        if completion.result != .pass { reasons.append(.failed) }
        if let terms {
            if let acceptsFrom = terms.acceptsFrom, completion.moduleVersion < acceptsFrom {
                reasons.append(.versionBelowAcceptsFrom(version: completion.moduleVersion, acceptsFrom: acceptsFrom))
            }
        } else {
            reasons.append(.moduleNotInCurriculum)
        }
        if reasons.isEmpty, let terms {
            self = .counts(expiresOn: terms.validity.expiresOn(completedOn: completion.completedOn))
        } else {
            self = .doesNotCount(reasons)
        }
    }

    public var counts: Bool {
        if case .counts = self { return true }
        return false
    }
}

/// A completion together with the engine's verdict on it: the ledger behind `--explain`.
public struct CompletionEvidence: Hashable, Sendable {
    public var completion: Completion
    public var verdict: CompletionVerdict

    public init(completion: Completion, verdict: CompletionVerdict) {
        self.completion = completion
        self.verdict = verdict
    }

    /// Whether this counting completion beats `other` as the basis of a status: it expires later
    /// (never is latest); on a tie, it was completed later; then the higher id (recorded later).
    func isBetterBasis(than other: CompletionEvidence) -> Bool {
        Self.isBetterBasis(completion, verdict, than: other.completion, other.verdict)
    }

    static func isBetterBasis(
        _ completion: Completion, _ verdict: CompletionVerdict, than other: Completion, _ otherVerdict: CompletionVerdict
    ) -> Bool {
        guard case .counts(let mine) = verdict, case .counts(let theirs) = otherVerdict else { return false }
        if mine != theirs {
            guard let mine else { return true }
            guard let theirs else { return false }
            return theirs < mine
        }
        if completion.completedOn != other.completedOn {
            return other.completedOn < completion.completedOn
        }
        return other.id < completion.id
    }
}
