/// Where an officer stands on one required module as of a date. The raw values are the words
/// `muster status` prints and exports, so they must not change.
public enum ModuleStatus: String, Sendable, Codable, CaseIterable {
    /// A waiver covers the as-of date.
    case waived
    /// A counting completion is valid and its expiring window has not opened.
    case current
    /// A counting completion is valid but inside its expiring window.
    case expiring
    /// The best counting completion has expired.
    case expired
    /// Nothing counts and the earliest due date has passed.
    case overdue
    /// Nothing counts yet, and it is not (or not yet) overdue.
    case assigned
    /// The newest attempt is a failed re-qualification dated after the basis, on a module whose failures
    /// suspend (`failure_suspends`), until a later pass.
    case failed
    /// Would be expired or overdue, but the officer is on leave that day.
    case onLeave = "on-leave"

    /// Whether the module, in this state, suspends a certification requiring it: a failed re-qualification, or a
    /// waiver when the certification is not `waivable` (a carry authorisation).
    public func suspends(waivable: Bool) -> Bool {
        self == .failed || (self == .waived && !waivable)
    }

    /// Whether the module, in this state, keeps a certification valid.
    public var isSatisfied: Bool {
        switch self {
        case .waived, .current, .expiring: true
        case .expired, .overdue, .assigned, .failed, .onLeave: false
        }
    }
}
