/// `curricula review MODULE@VERSION --as ROLE --decision D --note TEXT`: one sign-off on a module version.
public struct ModuleReviewRequest: Hashable, Sendable {
    public var moduleID: String
    public var version: ModuleVersion
    public var role: ReviewRole
    public var decision: ReviewDecision
    public var note: String

    public init(moduleID: String, version: ModuleVersion, role: ReviewRole, decision: ReviewDecision, note: String) {
        self.moduleID = moduleID
        self.version = version
        self.role = role
        self.decision = decision
        self.note = note
    }
}

/// What a sign-off did: its id, and whether it completed the version's approval.
public struct ModuleReviewOutcome: Hashable, Sendable {
    public var signOffID: Int64
    /// The day the version was approved, when this sign-off was the last one wanting.
    public var approvedOn: CalendarDate?
    /// The required roles still wanting after it.
    public var missing: [ReviewRole]

    public init(signOffID: Int64, approvedOn: CalendarDate?, missing: [ReviewRole]) {
        self.signOffID = signOffID
        self.approvedOn = approvedOn
        self.missing = missing
    }
}
