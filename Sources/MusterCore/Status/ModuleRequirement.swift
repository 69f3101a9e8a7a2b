/// The requirement to hold one module: the first kind of `RequirementRule`.
///
/// Built by `StatusEngine.requirements(for:)` from every assignment that requires the module for the
/// officer, directly or through a certification, to them or to their unit.
public struct ModuleRequirement: RequirementRule, Equatable {
    public let moduleID: String
    /// The newest loaded version, whose validity, window and `accepts_from` decide; nil when the
    /// module is not in the loaded curriculum, in which case nothing can count towards it.
    public let module: Module?
    /// The earliest due date among the assignments that carry one.
    public private(set) var dueOn: CalendarDate?
    /// Every assignment requiring the module, in the order they were given.
    public private(set) var requiredBy: [Assignment]

    public init(moduleID: String, module: Module?, requiredBy: [Assignment] = []) {
        self.moduleID = moduleID
        self.module = module
        self.dueOn = nil
        self.requiredBy = []
        for assignment in requiredBy { add(assignment) }
    }

    public var requirementID: String { moduleID }

    /// Records one more assignment requiring the module; the earliest due date wins.
    public mutating func add(_ assignment: Assignment) {
        requiredBy.append(assignment)
        if let due = assignment.dueOn, dueOn.map({ due < $0 }) ?? true { dueOn = due }
    }

    public func evaluate(_ records: OfficerRecords, asOf date: CalendarDate) -> ModuleStanding {
        let badge = records.officer.badge

        var evidence: [CompletionEvidence] = []
        var basisIndex: Int?
        for completion in records.completions where completion.moduleID == moduleID && completion.badge == badge {
            let item = CompletionEvidence(completion: completion, verdict: CompletionVerdict(completion, for: module, asOf: date))
            if item.verdict.counts, basisIndex.map({ item.isBetterBasis(than: evidence[$0]) }) ?? true {
                basisIndex = evidence.count
            }
            evidence.append(item)
        }

        var covering: Waiver?
        var otherWaivers: [Waiver] = []
        for waiver in records.waivers where waiver.moduleID == moduleID && waiver.badge == badge {
            if waiver.covers(date) {
                if let current = covering, !Self.outlasts(waiver, current) {
                    otherWaivers.append(waiver)
                } else {
                    if let current = covering { otherWaivers.append(current) }
                    covering = waiver
                }
            } else {
                otherWaivers.append(waiver)
            }
        }

        let basis = basisIndex.map { evidence[$0] }
        var expiresOn: CalendarDate?
        if case .counts(let expiry)? = basis?.verdict { expiresOn = expiry }
        let windowOpensOn = expiresOn.map { $0.adding(days: -(module?.expiringWindowDays ?? 0)) }

        let status: ModuleStatus
        if covering != nil {
            status = .waived
        } else if basis != nil {
            if let expiresOn, date >= expiresOn {
                status = .expired
            } else if let windowOpensOn, date >= windowOpensOn {
                status = .expiring
            } else {
                status = .current
            }
        } else if let dueOn, date > dueOn {
            status = .overdue
        } else {
            status = .assigned
        }

        evidence.sort { ($0.completion.completedOn, $0.completion.id) > ($1.completion.completedOn, $1.completion.id) }
        otherWaivers.sort { ($0.from, $0.id) < ($1.from, $1.id) }
        return ModuleStanding(
            badge: badge, moduleID: moduleID, status: status, asOf: date,
            basis: basis?.completion, expiresOn: expiresOn, expiringWindowOpensOn: windowOpensOn, dueOn: dueOn,
            waiver: covering, otherWaivers: otherWaivers, evidence: evidence, requiredBy: requiredBy,
            isInCurriculum: module != nil)
    }

    /// Whether `candidate` runs at least as long as `current` (open-ended is longest), preferring the
    /// later-recorded waiver on a tie, so the explanation cites the waiver that matters longest.
    private static func outlasts(_ candidate: Waiver, _ current: Waiver) -> Bool {
        switch (candidate.until, current.until) {
        case (nil, nil): candidate.id > current.id
        case (nil, _): true
        case (_, nil): false
        case (let mine?, let theirs?): mine != theirs ? mine > theirs : candidate.id > current.id
        }
    }
}
