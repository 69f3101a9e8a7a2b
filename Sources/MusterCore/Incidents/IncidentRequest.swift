/// `muster incidents add`: the event to record against an officer. The store assigns what
/// `Curricula/triggers.yaml` says the event triggers, in the same transaction.
public struct IncidentRequest: Sendable, Equatable {
    public var badge: String
    public var occurredOn: CalendarDate
    public var kind: IncidentKind
    public var note: String?

    public init(badge: String, occurredOn: CalendarDate, kind: IncidentKind, note: String? = nil) {
        self.badge = badge
        self.occurredOn = occurredOn
        self.kind = kind
        self.note = note
    }
}

/// What recording an incident did: its id and the assignments its triggers made.
public struct IncidentOutcome: Sendable, Equatable {
    public var id: Int64
    public var assignments: [TriggeredAssignment]

    public init(id: Int64, assignments: [TriggeredAssignment]) {
        self.id = id
        self.assignments = assignments
    }
}

public struct TriggeredAssignment: Sendable, Equatable {
    public var assignmentID: Int64
    public var trigger: String
    public var moduleID: String
    public var dueOn: CalendarDate
    public var origin: AssignmentOrigin

    public init(assignmentID: Int64, trigger: String, moduleID: String, dueOn: CalendarDate, origin: AssignmentOrigin) {
        self.assignmentID = assignmentID
        self.trigger = trigger
        self.moduleID = moduleID
        self.dueOn = dueOn
        self.origin = origin
    }
}
