/// One officer's standing on one required module as of a date, with everything the explanation
/// rests on. `reason` and `notes` are worded from these facts on demand, so evaluating a whole agency
/// does not pay for sentences nobody reads.
public struct ModuleStanding: RequirementStanding, Equatable {
    public var badge: String
    public var moduleID: String
    public var status: ModuleStatus
    /// The date the standing was judged as of.
    public var asOf: CalendarDate
    /// Where in `evidence` the best counting completion is (it expires last; on a tie the latest),
    /// whatever the status. An index rather than a copy keeps standings small to pass around.
    public var basisIndex: Int?
    /// When `basis` stops counting; nil when there is no basis or it never expires.
    public var expiresOn: CalendarDate?
    /// `expiresOn` minus the module's expiring window: from this day the status is `expiring`.
    public var expiringWindowOpensOn: CalendarDate?
    /// The earliest due date among the assignments requiring the module.
    public var dueOn: CalendarDate?
    /// The waiver covering the as-of date, when the status is `waived`.
    public var waiver: Waiver?
    /// The officer's other waivers for this module, which do not cover the as-of date (or are
    /// outlasted by `waiver`), oldest first.
    public var otherWaivers: [Waiver]
    /// Every recorded completion of the module by the officer with its verdict, newest first.
    public var evidence: [CompletionEvidence]
    /// The assignments that make the module a requirement.
    public var requiredBy: [Assignment]
    /// False when the module is not in the loaded curriculum.
    public var isInCurriculum: Bool
    /// The version in force on the as-of date, whose window, refresher link and failure rule decide.
    public var versionInForce: ModuleVersion?
    /// The day the module's first version took effect (completions before it belong to that version).
    public var firstVersionEffective: CalendarDate?
    /// Why `dueOn` is later than the assignment's due date, in the order applied.
    public var dueAdjustments: [DueAdjustment]
    /// For `failed`: the failed attempt dated after the basis.
    public var failedAttempt: Completion?
    /// For a refresher: the initial course's completion that carries the officer until the first refresher is
    /// due, when it carries them longer than any refresher completion (`expiresOn` is then that due day).
    public var carriedBy: Completion?
    /// The leave covering the as-of date, if any (the status is then `on-leave` instead of expired or overdue).
    public var leave: LeavePeriod?
    /// Whether a waiver of this module suspends what the officer holds: the module is required by an assigned
    /// certification whose version in force is not `waivable` (a carry authorisation).
    public var waiverSuspends: Bool
    /// Why the module is required: routine, or the origin of the event-triggered assignment requiring it.
    public var origin: AssignmentOrigin

    public init(
        badge: String, moduleID: String, status: ModuleStatus, asOf: CalendarDate, basisIndex: Int? = nil,
        expiresOn: CalendarDate? = nil, expiringWindowOpensOn: CalendarDate? = nil, dueOn: CalendarDate? = nil,
        waiver: Waiver? = nil, otherWaivers: [Waiver] = [], evidence: [CompletionEvidence] = [],
        requiredBy: [Assignment] = [], isInCurriculum: Bool = true, versionInForce: ModuleVersion? = nil,
        firstVersionEffective: CalendarDate? = nil, dueAdjustments: [DueAdjustment] = [], failedAttempt: Completion? = nil,
        carriedBy: Completion? = nil, leave: LeavePeriod? = nil, waiverSuspends: Bool = false,
        origin: AssignmentOrigin = .routine
    ) {
        self.origin = origin
        self.badge = badge
        self.moduleID = moduleID
        self.status = status
        self.asOf = asOf
        self.basisIndex = basisIndex
        self.expiresOn = expiresOn
        self.expiringWindowOpensOn = expiringWindowOpensOn
        self.dueOn = dueOn
        self.waiver = waiver
        self.otherWaivers = otherWaivers
        self.evidence = evidence
        self.requiredBy = requiredBy
        self.isInCurriculum = isInCurriculum
        self.versionInForce = versionInForce
        self.firstVersionEffective = firstVersionEffective
        self.dueAdjustments = dueAdjustments
        self.failedAttempt = failedAttempt
        self.carriedBy = carriedBy
        self.leave = leave
        self.waiverSuspends = waiverSuspends
    }

    /// The later version that cut the basis's validity short, when one did.
    public var supersededBy: Supersession? { basisIndex.flatMap { evidence[$0].supersededBy } }

    /// The best counting completion, whatever the status.
    public var basis: Completion? { basisIndex.map { evidence[$0].completion } }

    /// The completion date of `basis`.
    public var completedOn: CalendarDate? { basisIndex.map { evidence[$0].completion.completedOn } }

    public var requirementID: String { moduleID }
    public var statusWord: String { status.rawValue }
    public var isSatisfied: Bool { status.isSatisfied }
}
