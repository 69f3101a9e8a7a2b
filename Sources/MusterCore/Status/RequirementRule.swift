/// One kind of training requirement, judged over an officer's records as of a date.
///
/// Module requirements (`ModuleRequirement`) are the first kind; state POST mandates counted in hours
/// per cycle with topic minimums are the next, and will be another conformer with its own standing type.
/// Rules never read a clock or a store: everything they judge arrives as parameters.
public protocol RequirementRule: Sendable {
    associatedtype Standing: RequirementStanding

    /// Identifies the requirement within its kind, e.g. the module id.
    var requirementID: String { get }

    /// The officer's standing on this requirement as of `date`.
    func evaluate(_ records: OfficerRecords, asOf date: CalendarDate) -> Standing
}

/// What every kind of requirement reports, whatever its own detail: enough for a list of all of an
/// officer's requirements with their status and explanation.
public protocol RequirementStanding: Sendable {
    var badge: String { get }
    var requirementID: String { get }
    /// The status word as printed and exported (`current`, `overdue`, …).
    var statusWord: String { get }
    /// Whether the officer meets the requirement as of the date (a waiver counts as meeting it).
    var isSatisfied: Bool { get }
    /// One line: the status and what it rests on.
    var reason: String { get }
    /// The supporting detail an auditor needs: what requires it, and why other records do not count.
    var notes: [String] { get }
}
