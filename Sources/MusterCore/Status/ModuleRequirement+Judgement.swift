// The rules of a module's status, in the order they decide it. Kept apart from the standing they fill so the
// full standing (`evaluate`) and the report line (`statusLine`) are one judgement.

/// Everything a module's status on one day rests on.
struct ModuleJudgement {
    var status: ModuleStatus
    var inForce: VersionTerms?
    var basis: CompletionBasis?
    /// When the status's basis stops counting: the basis's, or the refresher carry's.
    var expiresOn: CalendarDate?
    var windowOpensOn: CalendarDate?
    var dueOn: CalendarDate?
    var dueAdjustments: [DueAdjustment]
    /// Index in the judged completions.
    var failedAttempt: Int?
    /// Index in the judged completions of the initial course's completion carrying a refresher.
    var carriedBy: Int?
}

/// The counting completion a status rests on.
struct CompletionBasis {
    /// In the judged completions.
    var index: Int
    /// Among the completions visited.
    var visit: Int
    var expiresOn: CalendarDate?
}

extension ModuleRequirement {
    /// `completions`: the officer's, as `records` holds them or as compact rows; indices in the judgement are into it.
    borrowing func judge<Completions: JudgedCompletions>(
        _ records: OfficerRecords, _ completions: Completions, _ day: OfficerDay,
        visit: (Int, CompletionVerdict, Supersession?) -> Void
    ) -> ModuleJudgement {
        let date = day.date
        let inForce = history?.inForce(on: date)
        let found = Self.judgeCompletions(
            of: completions.key(moduleID, history), history, completions, day, countsFrom: countsFrom, visit: visit)
        let basis = found.basis

        // A refresher is owed `first_due_months` after the initial course; until then that course carries it.
        var expiresOn = basis?.expiresOn
        var carriedBy: Int?
        if let inForce, let months = inForce.firstDueMonths, let initialCourse,
           let initial = Self.judgeCompletions(
               of: completions.key(initialCourse.id, initialCourse), initialCourse, completions, day, countsFrom: countsFrom,
               visit: { _, _, _ in }).basis {
            let firstDue = completions.completedOn(initial.index).adding(months: months)
            if basis == nil || basis!.expiresOn.map({ $0 < firstDue }) == true {
                expiresOn = firstDue
                carriedBy = initial.index
            }
        }
        // No closure here reads `self`: capturing it copied the whole requirement (retaining its arrays) per line.
        let terms = inForce ?? history?.versions.last
        let windowOpensOn = expiresOn.map { $0.subtracting(days: terms?.expiringWindowDays ?? 0) }
        let hasBasis = basis != nil || carriedBy != nil
        let (dueOn, adjustments) = owedDue(records, day, hasBasis: hasBasis, owed: owedAfterIncident(completions, day, hasBasis: hasBasis))

        var failedAttempt: Int?
        if terms?.failureSuspends == true, let newest = found.newestAttempt,
           !completions.passed(newest),
           basis.map({ Self.isAfter(newest, $0.index, in: completions) }) ?? true {
            failedAttempt = newest
        }

        let moduleID = moduleID
        let waived = records.waivers.contains {
            $0.moduleID == moduleID && $0.badge == records.officer.badge && $0.covers(date)
        }
        var status: ModuleStatus
        if waived {
            status = .waived
        } else if failedAttempt != nil {
            status = .failed
        } else if hasBasis {
            if let expiresOn, !(date < expiresOn) {
                status = .expired
            } else if let windowOpensOn, !(date < windowOpensOn) {
                status = .expiring
            } else {
                status = .current
            }
        } else if let dueOn, dueOn < date {
            status = .overdue
        } else {
            status = .assigned
        }
        if (status == .expired || status == .overdue), day.leave != nil { status = .onLeave }
        return ModuleJudgement(
            status: status, inForce: inForce, basis: basis, expiresOn: expiresOn, windowOpensOn: windowOpensOn,
            dueOn: dueOn, dueAdjustments: adjustments, failedAttempt: failedAttempt, carriedBy: carriedBy)
    }

    /// The due date the officer owes on the day: the assignment's, no earlier than 30 days after a waiver of the
    /// module ended when nothing counts, and moved past any leave it fell in.
    private func owedDue(
        _ records: OfficerRecords, _ day: OfficerDay, hasBasis: Bool, owed: (due: CalendarDate?, adjustments: [DueAdjustment])?
    ) -> (CalendarDate?, [DueAdjustment]) {
        guard var due = owed.map(\.due) ?? dueOn else { return (nil, owed?.adjustments ?? dueAdjustments) }
        var adjustments = owed?.adjustments ?? dueAdjustments
        if !hasBasis {
            for waiver in records.waivers where waiver.moduleID == moduleID && waiver.badge == records.officer.badge {
                guard waiver.from <= day.date, let until = waiver.until, until < day.date else { continue }
                let floor = until.adding(days: DueAdjustment.daysAfterWaiver)
                if due < floor {
                    due = floor
                    adjustments.append(.waiverEnded(waiverID: waiver.id, endedOn: until))
                }
            }
        }
        for leave in day.leaves where leave.covers(due) {
            guard let through = leave.through else { continue }
            due = through.adding(days: 1 + DueAdjustment.daysAfterLeave)
            adjustments.append(.leave(leave))
        }
        return (due, adjustments)
    }

    /// After an incident nothing dated before it counts; an officer whose routine cycle an earlier completion
    /// still meets owes the module by the triggered assignment's due date, not by the routine one long past.
    /// Nil (the earliest due of every assignment) when no incident applies or nothing earlier still counts.
    private func owedAfterIncident<Completions: JudgedCompletions>(
        _ completions: Completions, _ day: OfficerDay, hasBasis: Bool
    ) -> (due: CalendarDate?, adjustments: [DueAdjustment])? {
        guard countsFrom != nil, !hasBasis, let triggeredDue else { return nil }
        let earlier = Self.judgeCompletions(
            of: completions.key(moduleID, history), history, completions, day, visit: { _, _, _ in }).basis
        guard let earlier, earlier.expiresOn.map({ day.date < $0 }) ?? true else { return nil }
        return triggeredDue
    }

    /// Whether `attempt` comes after `basis`: a later date, or the same date recorded later.
    private static func isAfter<Completions: JudgedCompletions>(_ attempt: Int, _ basis: Int, in completions: Completions) -> Bool {
        (completions.completedOn(attempt), completions.id(attempt)) > (completions.completedOn(basis), completions.id(basis))
    }

    /// Judges the officer's completions of `moduleID` as of the day, newest first: each by its own version's
    /// rules (`CompletionJudge`). Returns the best counting one (it expires last; then the latest) and the newest
    /// attempt that is not voided and not after the day. With `countsFrom` (an incident's day), completions dated
    /// before it neither count nor stand as the newest attempt.
    static func judgeCompletions<Completions: JudgedCompletions>(
        of module: Completions.ModuleKey, _ history: ModuleHistory?, _ completions: Completions, _ day: OfficerDay,
        countsFrom: CalendarDate? = nil, visit: (Int, CompletionVerdict, Supersession?) -> Void
    ) -> (basis: CompletionBasis?, newestAttempt: Int?) {
        let own = day.own
        var best: CompletionBasis?
        var newestAttempt: Int?
        var visited = 0
        for index in own where completions.isModule(index, module) {
            let (verdict, supersession) = CompletionJudge.verdict(
                completions, at: index, own: own, history: history, asOf: day.date, countsFrom: countsFrom)
            visit(index, verdict, supersession)
            defer { visited += 1 }
            let completedOn = completions.completedOn(index)
            if newestAttempt == nil, !completions.isVoided(index), completedOn <= day.date,
               countsFrom.map({ $0 <= completedOn }) ?? true {
                newestAttempt = index
            }
            guard case .counts(let expiresOn) = verdict else { continue }
            if let current = best, !CompletionEvidence.isLater(
                expiresOn, completedOn, completions.id(index),
                than: current.expiresOn, completions.completedOn(current.index), completions.id(current.index))
            {
                continue
            }
            best = CompletionBasis(index: index, visit: visited, expiresOn: expiresOn)
        }
        return (best, newestAttempt)
    }
}
