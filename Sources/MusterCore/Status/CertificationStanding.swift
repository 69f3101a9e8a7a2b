/// One officer's standing on one certification assigned to them or their unit, as of a date: the make-up of
/// the version in force that day.
public struct CertificationStanding: Sendable, Equatable {
    public var badge: String
    public var certificationID: String
    public var status: CertificationStatus
    /// For `certified` and `expiring` only: the first day the certification no longer holds, the earliest of the
    /// non-waived modules' expiries and the day after each waived module's waiver ends; nil when none of them
    /// ends, and always nil for other statuses.
    public var certifiedUntil: CalendarDate?
    /// The standings of the certification's modules, in the certification's order.
    public var modules: [ModuleStanding]
    /// False when the certification is not in the loaded curriculum (its modules are then unknown).
    public var isInCurriculum: Bool
    /// The version in force on the as-of date.
    public var version: ModuleVersion?
    /// False for carry authorisations, which a waiver suspends.
    public var waivable: Bool
    /// The leave covering the as-of date, if any.
    public var leave: LeavePeriod?

    /// Judges a certification from its modules' standings.
    public init(
        badge: String, certificationID: String, modules: [ModuleStanding], isInCurriculum: Bool = true,
        version: ModuleVersion? = nil, waivable: Bool = true, leave: LeavePeriod? = nil
    ) {
        self.badge = badge
        self.certificationID = certificationID
        self.modules = modules
        self.isInCurriculum = isInCurriculum
        self.version = version
        self.waivable = waivable
        self.leave = leave
        if isInCurriculum {
            status = CertificationStatus(count: modules.count, waivable: waivable) { modules[$0].status }
        } else {
            status = .notStarted
        }
        certifiedUntil = nil
        if status == .certified || status == .expiring {
            for index in modules.indices {
                let ends = modules[index].status == .waived
                    ? modules[index].waiver?.until.map { $0.adding(days: 1) } : modules[index].expiresOn
                if let ends, certifiedUntil.map({ ends < $0 }) ?? true { certifiedUntil = ends }
            }
        }
    }

    /// The module whose end sets `certifiedUntil`.
    var endsFirst: ModuleStanding? {
        guard let certifiedUntil else { return nil }
        return modules.first { module in
            module.status == .waived
                ? module.waiver?.until.map { $0.adding(days: 1) } == certifiedUntil : module.expiresOn == certifiedUntil
        }
    }
}
