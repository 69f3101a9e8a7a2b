/// Why an assignment exists: the agency's calendar, or an event that triggered it (`Curricula/triggers.yaml`).
/// Status and export rows carry it so that remedial and post-incident training is reported apart.
public enum AssignmentOrigin: String, CaseIterable, Sendable, Codable, Comparable {
    case routine
    case remedial
    case postIncident = "post-incident"

    /// Routine sorts first; an event-triggered origin outranks it when both require a module.
    public static func < (lhs: AssignmentOrigin, rhs: AssignmentOrigin) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
