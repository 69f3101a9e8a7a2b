/// Where an officer stands on an assigned certification as of a date. The raw values are the words
/// `muster status --certifications` prints and exports.
public enum CertificationStatus: String, Sendable, Codable, CaseIterable {
    /// Every module is current or waived.
    case certified
    /// Every module is current, expiring or waived, and at least one is expiring.
    case expiring
    /// At least one module is expired or overdue (or would be, but for the officer's leave).
    case lapsed
    /// A module failed its re-qualification, or (for a certification that is not `waivable`) is waived.
    case suspended
    /// Some module is current, expiring or waived, but not all are.
    case inProgress = "in-progress"
    /// No module is current, expiring or waived.
    case notStarted = "not-started"

    /// The status of a waivable certification whose modules stand as given, first matching rule winning.
    /// A certification without modules is vacuously `certified`.
    public init(moduleStatuses: [ModuleStatus], waivable: Bool = true) {
        self.init(count: moduleStatuses.count, waivable: waivable) { moduleStatuses[$0] }
    }

    /// The same, reading the `count` module statuses through `status(at:)`, so callers holding whole
    /// standings need not copy them out.
    init(count: Int, waivable: Bool = true, status statusAt: (Int) -> ModuleStatus) {
        var allCurrentOrWaived = true
        var allSatisfied = true
        var anyLapsed = false
        var anySatisfied = false
        var suspends = false
        for index in 0..<count {
            let status = statusAt(index)
            if status.suspends(waivable: waivable) { suspends = true }
            if status != .current && status != .waived { allCurrentOrWaived = false }
            if status.isSatisfied { anySatisfied = true } else { allSatisfied = false }
            if status == .expired || status == .overdue || status == .onLeave { anyLapsed = true }
        }
        if suspends {
            self = .suspended
        } else if allCurrentOrWaived {
            self = .certified
        } else if allSatisfied {
            self = .expiring
        } else if anyLapsed {
            self = .lapsed
        } else if anySatisfied {
            self = .inProgress
        } else {
            self = .notStarted
        }
    }
}
