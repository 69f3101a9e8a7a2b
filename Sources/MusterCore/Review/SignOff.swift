/// One sign-off on a module version: who signed, in which capacity, what they decided and why.
public struct SignOff: Hashable, Sendable, Codable {
    public var role: ReviewRole
    public var decision: ReviewDecision
    public var note: String
    public var login: String
    public var on: CalendarDate

    public init(role: ReviewRole, decision: ReviewDecision, note: String, login: String, on: CalendarDate) {
        self.role = role
        self.decision = decision
        self.note = note
        self.login = login
        self.on = on
    }
}

/// A module version's review: whether it binds, the sign-offs it needs and those given, oldest first.
public struct VersionReview: Hashable, Sendable {
    public var moduleID: String
    public var version: ModuleVersion
    public var approval: VersionApproval
    /// The sign-offs it needs (empty for a version approved at load).
    public var required: [ReviewRole]
    public var signOffs: [SignOff]

    public init(moduleID: String, version: ModuleVersion, approval: VersionApproval, required: [ReviewRole],
                signOffs: [SignOff]) {
        self.moduleID = moduleID
        self.version = version
        self.approval = approval
        self.required = required
        self.signOffs = signOffs
    }

    /// The required roles whose latest sign-off is not `approve`.
    public var missing: [ReviewRole] { ReviewRules.missing(required: required, signOffs: signOffs) }
}
