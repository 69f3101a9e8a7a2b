/// The events that can trigger training (`muster incidents add --kind`).
public enum IncidentKind: String, CaseIterable, Sendable, Codable {
    case useOfForce = "use-of-force"
    case failedQualification = "failed-qualification"
    case criticalIncident = "critical-incident"
    case complaintSustained = "complaint-sustained"
}
