// The words behind `muster status --explain`: coordinators and auditors read these, so each sentence
// names the record it rests on (completion or waiver number, dates, version) and never just a verdict.

extension ModuleStanding {
    /// One line: the status and what it rests on, e.g.
    /// "current: passed 2025-03-04 (version 2023.1), expires 2026-03-04; expiring window opens 2026-02-02 (in 71 days)".
    public var reason: String {
        switch status {
        case .waived:
            guard let waiver else { return "waived" }
            return "waived: \(describe(waiver))"
        case .current, .expiring, .expired:
            if let carriedBy {
                return "\(status.rawValue): \(carriedBy.moduleID) passed \(carriedBy.completedOn); first refresher \(firstRefresherClause)"
            }
            guard let basis else { return status.rawValue }
            return "\(status.rawValue): passed \(basis.completedOn) (version \(basis.moduleVersion)), \(expiryClause)"
        case .failed:
            guard let failedAttempt else { return status.rawValue }
            let since = basis.map { " after the pass of \($0.completedOn) (completion #\($0.id))" } ?? ""
            return "\(status.rawValue): re-qualification failed \(failedAttempt.completedOn) (completion #\(failedAttempt.id))"
                + "\(since); suspended until a later pass"
        case .onLeave:
            let leaveWords = leave.map { " \($0.words)" } ?? ""
            let would = basis != nil || carriedBy != nil ? expiryClause : "\(noCountingCompletion); \(dueClause)"
            return "\(status.rawValue): on leave\(leaveWords); otherwise \(would)"
        case .overdue, .assigned:
            return "\(status.rawValue): \(noCountingCompletion); \(dueClause)"
        }
    }

    /// The supporting detail, in reading order: what requires the module, waivers that do not apply,
    /// then every recorded completion (newest first) and whether and why it counts.
    public var notes: [String] {
        var notes = requiredBy.map(describeRequirement)
        notes += dueAdjustments.map { "due date: \($0.explanation)" }
        if let supersededBy {
            notes.append("version \(supersededBy.version), in force \(supersededBy.effective), accepts from \(supersededBy.acceptsFrom): "
                + "earlier versions stop counting on \(supersededBy.on)")
        }
        if !isInCurriculum {
            notes.append("module \(moduleID) is not in the loaded curriculum, so no completion can count")
        }
        notes += otherWaivers.map(describeOtherWaiver)
        notes += evidence.map(describeEvidence)
        return notes
    }

    private var firstRefresherClause: String {
        guard let expiresOn else { return "not due" }
        let words = !(asOf < expiresOn) ? "was due" : "due"
        return "\(words) \(expiresOn) (\(relativeDays(from: asOf, to: expiresOn)))"
    }

    private var expiryClause: String {
        guard let expiresOn else { return "never expires" }
        if let supersededBy, supersededBy.on == expiresOn {
            let verb = asOf < expiresOn ? "stops counting" : "stopped counting"
            return "\(verb) \(expiresOn) (\(relativeDays(from: asOf, to: expiresOn))): superseded by version \(supersededBy.version)"
        }
        let windowOpens = expiringWindowOpensOn.flatMap { $0 < expiresOn ? $0 : nil }
        switch status {
        case .expired:
            return "expired \(expiresOn) (\(relativeDays(from: asOf, to: expiresOn)))"
        case .expiring:
            let opened = windowOpens.map { "; expiring window opened \($0)" } ?? ""
            return "expires \(expiresOn) (\(relativeDays(from: asOf, to: expiresOn)))\(opened)"
        default:
            let opens = windowOpens.map { "; expiring window opens \($0) (\(relativeDays(from: asOf, to: $0)))" } ?? ""
            return "expires \(expiresOn)\(opens)"
        }
    }

    private var noCountingCompletion: String {
        if !isInCurriculum { return "no counting completion (module not in the loaded curriculum)" }
        let discounted = evidence.count { !$0.verdict.counts }
        guard discounted > 0 else { return "no counting completion" }
        let attempts = counted(discounted, "recorded completion")
        return "no counting completion (\(attempts) \(discounted == 1 ? "does" : "do") not count)"
    }

    private var dueClause: String {
        guard let dueOn else { return "no due date" }
        return "due \(dueOn) (\(relativeDays(from: asOf, to: dueOn)))"
    }

    private func describe(_ waiver: Waiver) -> String {
        let period = waiver.until.map { "from \(waiver.from) until \($0)" } ?? "from \(waiver.from), open-ended"
        let reason = waiver.reason.isEmpty ? "" : " — \(waiver.reason)"
        return "waiver #\(waiver.id) \(period)\(reason)"
    }

    private func describeOtherWaiver(_ other: Waiver) -> String {
        if other.covers(asOf) {
            return "\(describe(other)) also covers \(asOf)"
        }
        if asOf < other.from {
            return "\(describe(other)) does not cover \(asOf): it starts \(relativeDays(from: asOf, to: other.from))"
        }
        let ended = other.until.map { " (ended \($0))" } ?? ""
        return "\(describe(other)) does not cover \(asOf)\(ended)"
    }

    private func describeRequirement(_ assignment: Assignment) -> String {
        let what = switch assignment.target {
        case .module(let id): "module \(id)"
        case .certification(let id): "certification \(id)"
        }
        let who = switch assignment.assignee {
        case .officer(let badge): "officer \(badge)"
        case .unit(let unit): "unit \(unit)"
        }
        let due = assignment.dueOn.map { "due \($0)" } ?? "no due date"
        let from = assignment.from == assignment.assignedOn ? "" : ", in force from \(assignment.from)"
        let ends = assignment.endedOn.map { ", ended from \($0)" } ?? ""
        return "required by assignment #\(assignment.id): \(what) assigned to \(who) on \(assignment.assignedOn)\(from)\(ends), \(due)"
    }

    private func describeEvidence(_ item: CompletionEvidence) -> String {
        let completion = item.completion
        var which = "completion #\(completion.id) on \(completion.completedOn)"
        if let first = firstVersionEffective, completion.completedOn < first {
            which += " (predates the module's first version, in force \(first))"
        }
        switch item.verdict {
        case .doesNotCount(let reasons):
            return "\(which) does not count: \(reasons.map(\.explanation).joined(separator: "; "))"
        case .counts(let expiry):
            let counts = "\(which) (version \(completion.moduleVersion)) counts"
            let superseded = item.supersededBy.map { " (superseded by version \($0.version))" } ?? ""
            let expiryWords = (expiry.map { $0 <= asOf ? "expired \($0)" : "expires \($0)" } ?? "never expires") + superseded
            guard let basis, basis != completion else {
                let precedence = status == .waived ? "; the waiver takes precedence" : "; the status rests on it"
                return "\(counts) and \(expiryWords)\(precedence)"
            }
            let better = expiry == expiresOn ? "#\(basis.id) is more recent" : "#\(basis.id) expires later"
            return "\(counts) and \(expiryWords), but \(better)"
        }
    }
}
