// The words behind `muster status --certifications --explain`: the status, the modules that decide it, and
// each fact of the officer's that bears on it (waivers and when they end, failed attempts, superseding
// versions, leave).

extension CertificationStanding {
    /// One line for `--explain`, naming the modules that decide the status.
    public var reason: String {
        let word = status.rawValue
        guard isInCurriculum else {
            return "\(word): certification \(certificationID) is not in the loaded curriculum"
        }
        func ids(_ statuses: Set<ModuleStatus>) -> [String] {
            modules.filter { statuses.contains($0.status) }.map(\.moduleID)
        }
        func listed(_ statuses: Set<ModuleStatus>) -> String {
            modules.filter { statuses.contains($0.status) }.map { "\($0.moduleID) \($0.status.rawValue)" }
                .joined(separator: ", ")
        }
        let until: String
        if let certifiedUntil {
            let first = endsFirst.map { " (\($0.moduleID) \($0.status == .waived ? "waiver ends" : "expires") first)" } ?? ""
            until = "certified until \(certifiedUntil)\(first)"
        } else {
            until = "no module expires"
        }
        switch status {
        case .certified:
            return "\(word): all \(counted(modules.count, "module")) current or waived; \(until)"
        case .expiring:
            return "\(word): \(ids([.expiring]).joined(separator: ", ")) in the expiring window; \(until)"
        case .lapsed:
            return "\(word): \(listed([.expired, .overdue, .onLeave]))"
        case .suspended:
            let failed = ids([.failed]).map { "\($0) failed re-qualification" }
            let waived = waivable ? [] : ids([.waived]).map { "\($0) waived, and the certification is not waivable" }
            return "\(word): \((failed + waived).joined(separator: "; "))"
        case .inProgress:
            let done = modules.count { $0.status.isSatisfied }
            return "\(word): \(done) of \(counted(modules.count, "module")) current, expiring or waived; "
                + "still needed: \(ids([.assigned]).joined(separator: ", "))"
        case .notStarted:
            return "\(word): none of \(counted(modules.count, "module")) current, expiring or waived"
        }
    }

    /// The facts behind the status, one line each: the version in force, waivers with their end, failed
    /// attempts, bases cut short by a superseding version, refreshers carried by the initial course, leave.
    public var notes: [String] {
        var notes: [String] = []
        if let version { notes.append("version \(version) in force\(waivable ? "" : "; not waivable")") }
        for module in modules {
            if module.status == .waived, let waiver = module.waiver {
                let end = waiver.until.map { "until \($0)" } ?? "open-ended"
                notes.append("\(module.moduleID) waived by waiver #\(waiver.id), \(end)")
            }
            if let failed = module.failedAttempt {
                notes.append("\(module.moduleID) failed on \(failed.completedOn) (completion #\(failed.id)); suspended until a later pass")
            }
            if let supersession = module.supersededBy {
                notes.append("\(module.moduleID): version \(supersession.version) (in force \(supersession.effective)) "
                    + "stops accepting earlier versions on \(supersession.on)")
            }
            if let carried = module.carriedBy, let due = module.expiresOn {
                notes.append("\(module.moduleID): first refresher due \(due), \(carried.moduleID) passed \(carried.completedOn)")
            }
        }
        if let leave { notes.append("on leave \(leave.words)") }
        return notes
    }
}
