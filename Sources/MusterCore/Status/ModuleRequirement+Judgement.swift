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
    /// Index in `records.completions`.
    var failedAttempt: Int?
    /// Index in `records.completions` of the initial course's completion carrying a refresher.
    var carriedBy: Int?
}

/// The counting completion a status rests on.
struct CompletionBasis {
    /// In `records.completions`.
    var index: Int
    /// Among the completions visited.
    var visit: Int
    var expiresOn: CalendarDate?
}

extension ModuleRequirement {
    func judge(
        _ records: OfficerRecords, _ day: OfficerDay, visit: (Int, CompletionVerdict, Supersession?) -> Void
    ) -> ModuleJudgement {
        let date = day.date
        let inForce = history?.inForce(on: date)
        let found = Self.judgeCompletions(of: moduleID, history, records, day, countsFrom: countsFrom, visit: visit)
        let basis = found.basis

        // A refresher is owed `first_due_months` after the initial course; until then that course carries it.
        var expiresOn = basis?.expiresOn
        var carriedBy: Int?
        if let inForce, let months = inForce.firstDueMonths, let initialCourse,
           let initial = Self.judgeCompletions(
               of: initialCourse.id, initialCourse, records, day, countsFrom: countsFrom, visit: { _, _, _ in }).basis {
            let firstDue = records.completions[initial.index].completedOn.adding(months: months)
            if basis == nil || basis!.expiresOn.map({ $0 < firstDue }) == true {
                expiresOn = firstDue
                carriedBy = initial.index
            }
        }
        let windowOpensOn = expiresOn.map { $0.subtracting(days: (inForce ?? history?.versions.last)?.expiringWindowDays ?? 0) }
        let hasBasis = basis != nil || carriedBy != nil
        let (dueOn, adjustments) = owedDue(records, day, hasBasis: hasBasis, owed: owedAfterIncident(records, day, hasBasis: hasBasis))

        var failedAttempt: Int?
        if (inForce ?? history?.versions.last)?.failureSuspends == true, let newest = found.newestAttempt,
           records.completions[newest].result == .fail,
           basis.map({ Self.isAfter(records.completions[newest], records.completions[$0.index]) }) ?? true {
            failedAttempt = newest
        }

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
    private func owedAfterIncident(
        _ records: OfficerRecords, _ day: OfficerDay, hasBasis: Bool
    ) -> (due: CalendarDate?, adjustments: [DueAdjustment])? {
        guard countsFrom != nil, !hasBasis, let triggeredDue else { return nil }
        let earlier = Self.judgeCompletions(of: moduleID, history, records, day, visit: { _, _, _ in }).basis
        guard let earlier, earlier.expiresOn.map({ day.date < $0 }) ?? true else { return nil }
        return triggeredDue
    }

    /// Whether `attempt` comes after `basis`: a later date, or the same date recorded later.
    private static func isAfter(_ attempt: Completion, _ basis: Completion) -> Bool {
        (attempt.completedOn, attempt.id) > (basis.completedOn, basis.id)
    }

    /// Judges the officer's completions of `moduleID` as of the day, newest first: each by its own version's
    /// rules (`CompletionJudge`). Returns the best counting one (it expires last; then the latest) and the newest
    /// attempt that is not voided and not after the day. With `countsFrom` (an incident's day), completions dated
    /// before it neither count nor stand as the newest attempt.
    static func judgeCompletions(
        of moduleID: String, _ history: ModuleHistory?, _ records: OfficerRecords, _ day: OfficerDay,
        countsFrom: CalendarDate? = nil, visit: (Int, CompletionVerdict, Supersession?) -> Void
    ) -> (basis: CompletionBasis?, newestAttempt: Int?) {
        let completions = records.completions
        let own = day.own
        var best: CompletionBasis?
        var newestAttempt: Int?
        var visited = 0
        // Comparing lengths first settles most other modules' completions without a string comparison.
        let length = moduleID.utf8.count
        for index in own where completions[index].moduleID.utf8.count == length && completions[index].moduleID == moduleID {
            let (verdict, supersession) = CompletionJudge.verdict(
                completions, at: index, own: own, history: history, asOf: day.date, countsFrom: countsFrom)
            visit(index, verdict, supersession)
            defer { visited += 1 }
            if newestAttempt == nil, completions[index].voidReason == nil, completions[index].completedOn <= day.date,
               countsFrom.map({ $0 <= completions[index].completedOn }) ?? true {
                newestAttempt = index
            }
            guard case .counts(let expiresOn) = verdict else { continue }
            if let current = best, !CompletionEvidence.isLater(
                expiresOn, completions[index].completedOn, completions[index].id,
                than: current.expiresOn, completions[current.index].completedOn, completions[current.index].id)
            {
                continue
            }
            best = CompletionBasis(index: index, visit: visited, expiresOn: expiresOn)
        }
        return (best, newestAttempt)
    }
}
