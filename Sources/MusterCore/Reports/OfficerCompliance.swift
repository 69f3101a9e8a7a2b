/// How one officer stands over everything required of them on the as-of day: the one word per officer that
/// the dashboard's headline, its unit bars and lists, and the Officers tab all count, so they never disagree.
///
/// The cases are declared worst first, which is the Officers tab's status order.
public enum OfficerCompliance: String, Sendable, CaseIterable {
    /// A re-qualification failed (a module is `failed`), or a module a carry authorisation requires is waived:
    /// whatever rests on it is suspended until a later pass (or the waiver ends).
    case suspended
    /// A module is expired or overdue.
    case lapsed
    /// A module would be expired or overdue, but the officer is on leave that day.
    case onLeave = "on-leave"
    /// Nothing required is current, expiring or waived yet.
    case notStarted = "not-started"
    /// Some of what is required is current, expiring or waived, not all.
    case inProgress = "in-progress"
    /// Everything required is current, expiring or waived, and something is expiring.
    case expiring
    /// Everything required is current or waived, and something is current.
    case certified
    /// Everything required is waived: the officer owes nothing, but holds nothing either, so is not certified.
    case waived = "waived only"
    /// Nothing is required of the officer that day.
    case noRequirement = "no requirement"
    /// The officer did not serve that day (separated before it, or hired after it): shown, never counted.
    case notServing = "not serving"

    /// The officer's word from their status lines: `init(moduleStatuses:)`, with a waiver that suspends a carry
    /// authorisation counted as suspending.
    public init(lines: [ModuleStatusLine]) {
        if lines.contains(where: \.suspends) {
            self = .suspended
        } else {
            self.init(moduleStatuses: lines.lazy.map(\.status))
        }
    }

    /// The officer's word from the statuses of the modules required of them.
    public init(moduleStatuses statuses: some Collection<ModuleStatus>) {
        guard !statuses.isEmpty else {
            self = .noRequirement
            return
        }
        var anyFailed = false, anyLapsed = false, anyOnLeave = false, anySatisfied = false
        var allWaived = true, allCurrentOrWaived = true, allSatisfied = true
        for status in statuses {
            switch status {
            case .failed: anyFailed = true
            case .expired, .overdue: anyLapsed = true
            case .onLeave: anyOnLeave = true
            default: break
            }
            if status != .waived { allWaived = false }
            if status != .current && status != .waived { allCurrentOrWaived = false }
            if status.isSatisfied { anySatisfied = true } else { allSatisfied = false }
        }
        self = if anyFailed { .suspended }
            else if anyLapsed { .lapsed }
            else if anyOnLeave { .onLeave }
            else if allWaived { .waived }
            else if allCurrentOrWaived { .certified }
            else if allSatisfied { .expiring }
            else if anySatisfied { .inProgress }
            else { .notStarted }
    }

    /// Whether the officer is counted in the agency's figures at all (everyone serving that day).
    public var isCounted: Bool { self != .notServing }

    /// Whether the officer has something to hold: counted, and something is required of them.
    public var hasRequirements: Bool { self != .notServing && self != .noRequirement }

    /// Whether the officer holds everything required (certified or expiring), the share the unit bars draw.
    public var isValid: Bool { self == .certified || self == .expiring }
}

public typealias OfficerComplianceTally = StatusTally<OfficerCompliance>

extension StatusTally where Status == OfficerCompliance {
    /// Officers serving that day: everyone but `notServing`.
    public var counted: Int { total - self[.notServing] }

    /// Officers serving that day with at least one requirement: the whole the unit bars divide by.
    public var withRequirements: Int { counted - self[.noRequirement] }

    /// Officers holding everything required of them.
    public var valid: Int { self[.certified] + self[.expiring] }
}
