/// One officer's standing on one certification assigned to them or their unit, as of a date.
public struct CertificationStanding: Sendable, Equatable {
    public var badge: String
    public var certificationID: String
    public var status: CertificationStatus
    /// For `certified` and `expiring` only: the earliest expiry among the modules that are not
    /// waived; nil when none of them expires, and always nil for other statuses.
    public var certifiedUntil: CalendarDate?
    /// The standings of the certification's modules, in the certification's order.
    public var modules: [ModuleStanding]
    /// False when the certification is not in the loaded curriculum (its modules are then unknown).
    public var isInCurriculum: Bool

    /// Judges a certification from its modules' standings.
    public init(badge: String, certificationID: String, modules: [ModuleStanding], isInCurriculum: Bool = true) {
        self.badge = badge
        self.certificationID = certificationID
        self.modules = modules
        self.isInCurriculum = isInCurriculum
        if isInCurriculum {
            status = CertificationStatus(count: modules.count) { modules[$0].status }
        } else {
            status = .notStarted
        }
        certifiedUntil = nil
        if status == .certified || status == .expiring {
            for index in modules.indices where modules[index].status != .waived {
                if let expiresOn = modules[index].expiresOn, certifiedUntil.map({ expiresOn < $0 }) ?? true {
                    certifiedUntil = expiresOn
                }
            }
        }
    }

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
            let first = modules.first { $0.status != .waived && $0.expiresOn == certifiedUntil }
            until = "certified until \(certifiedUntil)" + (first.map { " (\($0.moduleID) expires first)" } ?? "")
        } else {
            until = "no module expires"
        }
        switch status {
        case .certified:
            return "\(word): all \(counted(modules.count, "module")) current or waived; \(until)"
        case .expiring:
            return "\(word): \(ids([.expiring]).joined(separator: ", ")) in the expiring window; \(until)"
        case .lapsed:
            return "\(word): \(listed([.expired, .overdue]))"
        case .inProgress:
            let done = modules.count { $0.status.isSatisfied }
            return "\(word): \(done) of \(counted(modules.count, "module")) current, expiring or waived; "
                + "still needed: \(ids([.assigned]).joined(separator: ", "))"
        case .suspended:
            return "\(word): \(listed([.failed, .waived]))"
        case .notStarted:
            return "\(word): none of \(counted(modules.count, "module")) current, expiring or waived"
        }
    }
}
