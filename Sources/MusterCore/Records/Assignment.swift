/// A requirement placed on an officer or a whole unit: one module, or every module of a certification.
public struct Assignment: Hashable, Sendable, Codable, Identifiable {
    /// What is assigned.
    public enum Target: Hashable, Sendable {
        case module(String)
        case certification(String)

        public var id: String {
            switch self {
            case .module(let id), .certification(let id): id
            }
        }
    }

    /// Who it is assigned to.
    public enum Assignee: Hashable, Sendable {
        case officer(badge: String)
        case unit(String)
    }

    public var id: Int64
    public var target: Target
    public var assignee: Assignee
    /// When the officers in scope on `from` owe it; later newcomers owe it `newMembersWithinDays` after joining.
    public var dueOn: CalendarDate?
    /// The day it was made.
    public var assignedOn: CalendarDate
    /// The first day it applies (never before).
    public var from: CalendarDate
    /// The first day it no longer applies; nil while in force. Ending is dated, never a delete.
    public var endedOn: CalendarDate?
    /// Days an officer who comes into scope after `from` (hired, joined the unit) has to meet it.
    public var newMembersWithinDays: Int
    /// Routine, or made by an event's trigger (`IncidentTrigger`).
    public var origin: AssignmentOrigin = .routine
    /// The incident whose trigger made it, if any.
    public var incidentID: Int64?

    public static let defaultNewMembersWithinDays = 90

    public init(
        id: Int64, target: Target, assignee: Assignee, dueOn: CalendarDate? = nil, assignedOn: CalendarDate,
        from: CalendarDate? = nil, endedOn: CalendarDate? = nil,
        newMembersWithinDays: Int = Assignment.defaultNewMembersWithinDays
    ) {
        self.id = id
        self.target = target
        self.assignee = assignee
        self.dueOn = dueOn
        self.assignedOn = assignedOn
        self.from = from ?? assignedOn
        self.endedOn = endedOn
        self.newMembersWithinDays = newMembersWithinDays
    }

    /// Whether this assignment names the given officer or their current unit (whatever the date).
    public func applies(to officer: Officer) -> Bool {
        switch assignee {
        case .officer(let badge): badge == officer.badge
        case .unit(let unit): officer.agency == nil && unit == officer.unit
        }
    }

    /// Whether the assignment is in force on `day` (on or after `from`, before `endedOn`).
    public func isInForce(on day: CalendarDate) -> Bool {
        from <= day && (endedOn.map { day < $0 } ?? true)
    }

    /// Whether it applies to the officer on `day`: in force, and naming them or the unit they were in that day.
    public func applies(to timeline: OfficerTimeline, on day: CalendarDate) -> Bool {
        guard isInForce(on: day) else { return false }
        switch assignee {
        case .officer(let badge): return badge == timeline.officer.badge
        // A partner agency's officer is never given the home agency's unit assignments, whatever unit they name.
        case .unit(let unit): return timeline.officer.agency == nil && unit == timeline.unit(on: day)
        }
    }

    /// The day the officer came into this assignment's scope, as of `day`: `from` when they were in scope
    /// then, otherwise the later of their joining the unit and their (re)hiring.
    public func scopeEntry(for timeline: OfficerTimeline, asOf day: CalendarDate) -> CalendarDate {
        var entry = from
        if let serving = timeline.servingSince(asOf: day), entry < serving { entry = serving }
        if case .unit = assignee, let joined = timeline.joinedUnit(asOf: day), entry < joined { entry = joined }
        return entry
    }

    /// When the officer owes it, as of `day`: `dueOn` for one in scope on `from`; for one who came into scope
    /// later, `newMembersWithinDays` after that, and never before `dueOn`. Nil when it has no due date.
    public func dueOn(for timeline: OfficerTimeline, asOf day: CalendarDate) -> CalendarDate? {
        guard let dueOn else { return nil }
        let entry = scopeEntry(for: timeline, asOf: day)
        guard from < entry else { return dueOn }
        return max(dueOn, entry.adding(days: newMembersWithinDays))
    }

    /// The module ids this assignment requires, expanding a certification through the curriculum.
    public func moduleIDs(in curriculum: Curriculum) -> [String] {
        switch target {
        case .module(let id): [id]
        case .certification(let id): curriculum.certification(id)?.modules ?? []
        }
    }
}

extension Assignment {
    enum CodingKeys: String, CodingKey {
        case id, module, certification, badge, unit
        case dueOn = "due_on"
        case assignedOn = "assigned_on"
        case from
        case endedOn = "ended_on"
        case newMembersWithinDays = "new_members_within_days"
        case origin
        case incidentID = "incident_id"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(Int64.self, forKey: .id)
        if let module = try container.decodeIfPresent(String.self, forKey: .module) {
            target = .module(module)
        } else {
            target = .certification(try container.decode(String.self, forKey: .certification))
        }
        if let badge = try container.decodeIfPresent(String.self, forKey: .badge) {
            assignee = .officer(badge: badge)
        } else {
            assignee = .unit(try container.decode(String.self, forKey: .unit))
        }
        dueOn = try container.decodeIfPresent(CalendarDate.self, forKey: .dueOn)
        assignedOn = try container.decode(CalendarDate.self, forKey: .assignedOn)
        from = try container.decodeIfPresent(CalendarDate.self, forKey: .from) ?? assignedOn
        endedOn = try container.decodeIfPresent(CalendarDate.self, forKey: .endedOn)
        newMembersWithinDays = try container.decodeIfPresent(Int.self, forKey: .newMembersWithinDays)
            ?? Assignment.defaultNewMembersWithinDays
        origin = try container.decodeIfPresent(AssignmentOrigin.self, forKey: .origin) ?? .routine
        incidentID = try container.decodeIfPresent(Int64.self, forKey: .incidentID)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        switch target {
        case .module(let id): try container.encode(id, forKey: .module)
        case .certification(let id): try container.encode(id, forKey: .certification)
        }
        switch assignee {
        case .officer(let badge): try container.encode(badge, forKey: .badge)
        case .unit(let unit): try container.encode(unit, forKey: .unit)
        }
        try container.encode(dueOn, forKey: .dueOn)
        try container.encode(assignedOn, forKey: .assignedOn)
        try container.encode(from, forKey: .from)
        try container.encode(endedOn, forKey: .endedOn)
        try container.encode(newMembersWithinDays, forKey: .newMembersWithinDays)
        try container.encode(origin, forKey: .origin)
        try container.encodeIfPresent(incidentID, forKey: .incidentID)
    }
}
