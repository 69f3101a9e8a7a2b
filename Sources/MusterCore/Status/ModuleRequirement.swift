/// The requirement to hold one module on one day: the first kind of `RequirementRule`.
///
/// Built by `StatusEngine.requirements(for:asOf:)` for the day judged, from every assignment that requires
/// the module of the officer that day, directly or through a certification, to them or to the unit they
/// were in; the due date already holds what the officer's own dates do to it (`DueAdjustment`).
public struct ModuleRequirement: RequirementRule, Equatable {
    /// Every field, behind one reference: a whole agency's run judges 1.5 M requirements handed out of arrays,
    /// and each hand-out copied the value, retaining and releasing its texts, histories and lists one by one.
    /// Written only while the requirement is built, and then only when this value alone holds it (`add`).
    private final class Storage: @unchecked Sendable {
        let moduleID: String
        let history: ModuleHistory?
        let initialCourse: ModuleHistory?
        var dueOn: CalendarDate?
        var dueAdjustments: [DueAdjustment] = []
        var requiredBy: [Assignment] = []
        var waiverSuspends = false
        var origin: AssignmentOrigin = .routine
        var countsFrom: CalendarDate?
        var triggeredDue: (due: CalendarDate?, adjustments: [DueAdjustment])?

        init(moduleID: String, history: ModuleHistory?, initialCourse: ModuleHistory?) {
            self.moduleID = moduleID
            self.history = history
            self.initialCourse = initialCourse
        }

        func copy() -> Storage {
            let copy = Storage(moduleID: moduleID, history: history, initialCourse: initialCourse)
            (copy.dueOn, copy.dueAdjustments, copy.requiredBy) = (dueOn, dueAdjustments, requiredBy)
            (copy.waiverSuspends, copy.origin, copy.countsFrom, copy.triggeredDue) = (waiverSuspends, origin, countsFrom, triggeredDue)
            return copy
        }
    }

    private var storage: Storage

    public var moduleID: String { storage.moduleID }
    /// Shared by reference: a requirement is built per officer, and copying the versions each time would
    /// cost more than judging them. Nil when the module is not in the loaded curriculum.
    var history: ModuleHistory? { storage.history }
    /// For a refresher (`refresher_of` on the version in force): the initial course's versions.
    var initialCourse: ModuleHistory? { storage.initialCourse }
    /// The earliest due date among the assignments that carry one.
    public var dueOn: CalendarDate? { storage.dueOn }
    /// What moved the winning assignment's due date, in order.
    public var dueAdjustments: [DueAdjustment] { storage.dueAdjustments }
    /// Every assignment requiring the module, in the order they were given.
    public var requiredBy: [Assignment] { storage.requiredBy }
    /// Whether an assigned certification whose version in force is not `waivable` requires the module.
    public var waiverSuspends: Bool { storage.waiverSuspends }
    /// Routine unless an event-triggered assignment requires the module: then the highest such origin, so
    /// that remedial and post-incident training is reported apart even where a routine cycle also requires it.
    public var origin: AssignmentOrigin { storage.origin }
    /// The day of the latest incident whose triggered assignment requires the module: only completions dated on
    /// or after it meet the requirement, since training owed after an event cannot be met before it. Nil when
    /// no event-triggered assignment requires the module.
    public var countsFrom: CalendarDate? { storage.countsFrom }
    /// What the latest incident's triggered assignment owes the module by: the due date of an officer whose
    /// routine cycle an earlier completion still meets, since only the event makes them owe it again.
    var triggeredDue: (due: CalendarDate?, adjustments: [DueAdjustment])? { storage.triggeredDue }

    init(moduleID: String, history: ModuleHistory?, initialCourse: ModuleHistory?) {
        storage = Storage(moduleID: moduleID, history: history, initialCourse: initialCourse)
    }

    /// The newest loaded version; nil when the module is not in the loaded curriculum.
    public var module: Module? { history?.newest }

    public var requirementID: String { moduleID }

    public static func == (lhs: ModuleRequirement, rhs: ModuleRequirement) -> Bool {
        lhs.moduleID == rhs.moduleID && lhs.history?.versions.map(\.module) == rhs.history?.versions.map(\.module) && lhs.dueOn == rhs.dueOn
            && lhs.dueAdjustments == rhs.dueAdjustments && lhs.requiredBy == rhs.requiredBy && lhs.waiverSuspends == rhs.waiverSuspends
            && lhs.origin == rhs.origin && lhs.countsFrom == rhs.countsFrom
            && lhs.triggeredDue?.due == rhs.triggeredDue?.due && lhs.triggeredDue?.adjustments == rhs.triggeredDue?.adjustments
    }

    /// Records one more assignment requiring the module, owed by `due` for the officer; the earliest due wins.
    mutating func add(_ assignment: Assignment, due: CalendarDate?, adjustments: [DueAdjustment], unwaivable: Bool = false) {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        let kept = storage
        kept.requiredBy.append(assignment)
        if kept.origin < assignment.origin { kept.origin = assignment.origin }
        // A triggered assignment starts on its incident's day (`from`); the latest incident decides.
        if assignment.origin != .routine, kept.countsFrom.map({ $0 <= assignment.from }) ?? true {
            // The latest incident's assignment owes it; of two on that day, the one due first.
            let sooner = due.map { new in kept.triggeredDue?.due.map { new < $0 } ?? true } ?? false
            if kept.countsFrom != assignment.from || kept.triggeredDue == nil || sooner { kept.triggeredDue = (due, adjustments) }
            kept.countsFrom = assignment.from
        }
        if unwaivable { kept.waiverSuspends = true }
        if let due, kept.dueOn.map({ due < $0 }) ?? true {
            kept.dueOn = due
            kept.dueAdjustments = adjustments
        }
    }

    public func evaluate(_ records: OfficerRecords, asOf date: CalendarDate) -> ModuleStanding {
        evaluate(records, context: OfficerDay(records, asOf: date))
    }

    func evaluate(_ records: OfficerRecords, context day: OfficerDay) -> ModuleStanding {
        var evidence: [CompletionEvidence] = []
        let judgement = judge(records, records.completions, day) { index, verdict, supersession in
            evidence.append(CompletionEvidence(completion: records.completions[index], verdict: verdict, supersededBy: supersession))
        }
        let badge = records.officer.badge
        var covering: Waiver?
        var otherWaivers: [Waiver] = []
        for waiver in records.waivers where waiver.moduleID == moduleID && waiver.badge == badge {
            if waiver.covers(day.date) {
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
        if otherWaivers.count > 1 { otherWaivers.sort { ($0.from, $0.id) < ($1.from, $1.id) } }
        return ModuleStanding(
            badge: badge, moduleID: moduleID, status: judgement.status, asOf: day.date,
            basisIndex: judgement.basis?.visit, expiresOn: judgement.expiresOn,
            expiringWindowOpensOn: judgement.windowOpensOn, dueOn: judgement.dueOn, waiver: covering,
            otherWaivers: otherWaivers, evidence: evidence, requiredBy: requiredBy, isInCurriculum: history != nil,
            versionInForce: judgement.inForce?.version, firstVersionEffective: history?.firstEffective,
            dueAdjustments: judgement.dueAdjustments,
            failedAttempt: judgement.failedAttempt.map { records.completions[$0] },
            carriedBy: judgement.carriedBy.map { records.completions[$0] },
            leave: judgement.status == .onLeave ? day.leave : nil, waiverSuspends: waiverSuspends, origin: origin)
    }

    /// The same judgement as `evaluate`, without collecting the evidence, the other waivers or the
    /// assignments behind them: what judging a whole agency for a report needs.
    /// `completions`: the officer's, as `records` holds them or as compact rows (`day` made from the same).
    borrowing func statusLine<Completions: JudgedCompletions>(
        _ records: OfficerRecords, _ completions: Completions, context day: OfficerDay
    ) -> ModuleStatusLine {
        let judgement = judge(records, completions, day) { _, _, _ in }
        return ModuleStatusLine(
            moduleID: moduleID, status: judgement.status,
            completedOn: judgement.basis.map { completions.completedOn($0.index) },
            expiresOn: judgement.expiresOn, dueOn: judgement.dueOn, waiverSuspends: waiverSuspends, origin: origin)
    }

    /// Whether `candidate` runs at least as long as `current` (open-ended is longest), preferring the
    /// later-recorded waiver on a tie, so the explanation cites the waiver that matters longest.
    private static func outlasts(_ candidate: Waiver, _ current: Waiver) -> Bool {
        switch (candidate.until, current.until) {
        case (nil, nil): current.id < candidate.id
        case (nil, _): true
        case (_, nil): false
        case (let mine?, let theirs?): mine != theirs ? theirs < mine : current.id < candidate.id
        }
    }
}
