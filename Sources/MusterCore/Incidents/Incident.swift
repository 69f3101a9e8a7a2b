/// An event in an officer's service that may trigger training: a use of force, a failed qualification, a
/// critical incident or a sustained complaint. Its note is for coordinators and auditors only
/// (`Permission.readIncidents`).
public struct Incident: Hashable, Sendable, Identifiable {
    public var id: Int64
    public var badge: String
    public var occurredOn: CalendarDate
    public var kind: IncidentKind
    /// Nil when the reader may not see notes, or none was given.
    public var note: String?
    public var recordedBy: String
    public var recordedAt: String

    public init(id: Int64, badge: String, occurredOn: CalendarDate, kind: IncidentKind, note: String?,
                recordedBy: String, recordedAt: String) {
        self.id = id
        self.badge = badge
        self.occurredOn = occurredOn
        self.kind = kind
        self.note = note
        self.recordedBy = recordedBy
        self.recordedAt = recordedAt
    }
}
