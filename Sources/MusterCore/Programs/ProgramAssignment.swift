/// A program placed on an officer or a whole unit (`muster assign PROGRAM`), from a day on; ending is dated.
public struct ProgramAssignment: Hashable, Sendable, Codable, Identifiable {
    public var id: Int64
    public var programID: String
    public var assignee: Assignment.Assignee
    /// The day it was made.
    public var assignedOn: CalendarDate
    /// The first day it applies.
    public var from: CalendarDate
    /// The first day it no longer applies; nil while in force.
    public var endedOn: CalendarDate?

    public init(id: Int64, programID: String, assignee: Assignment.Assignee, assignedOn: CalendarDate,
                from: CalendarDate? = nil, endedOn: CalendarDate? = nil) {
        self.id = id
        self.programID = programID
        self.assignee = assignee
        self.assignedOn = assignedOn
        self.from = from ?? assignedOn
        self.endedOn = endedOn
    }

    public func isInForce(on day: CalendarDate) -> Bool {
        from <= day && (endedOn.map { day < $0 } ?? true)
    }

    /// Whether it names the officer, or the unit they were in, on `day`.
    public func applies(to timeline: OfficerTimeline, on day: CalendarDate) -> Bool {
        guard isInForce(on: day) else { return false }
        switch assignee {
        case .officer(let badge): return badge == timeline.officer.badge
        case .unit(let unit): return unit == timeline.unit(on: day)
        }
    }

    /// The day the officer came into scope as of `day`: the latest of `from`, their hire (or reinstatement)
    /// and their joining the assigned unit.
    public func scopeEntry(for timeline: OfficerTimeline, asOf day: CalendarDate) -> CalendarDate {
        var entry = from
        if let serving = timeline.servingSince(asOf: day), entry < serving { entry = serving }
        if case .unit = assignee, let joined = timeline.joinedUnit(asOf: day), entry < joined { entry = joined }
        return entry
    }

    enum CodingKeys: String, CodingKey {
        case id, badge, unit, from
        case programID = "program_id"
        case assignedOn = "assigned_on"
        case endedOn = "ended_on"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let assignee: Assignment.Assignee
        if let badge = try container.decodeIfPresent(String.self, forKey: .badge) {
            assignee = .officer(badge: badge)
        } else {
            assignee = .unit(try container.decode(String.self, forKey: .unit))
        }
        self.init(id: try container.decode(Int64.self, forKey: .id),
                  programID: try container.decode(String.self, forKey: .programID), assignee: assignee,
                  assignedOn: try container.decode(CalendarDate.self, forKey: .assignedOn),
                  from: try container.decodeIfPresent(CalendarDate.self, forKey: .from),
                  endedOn: try container.decodeIfPresent(CalendarDate.self, forKey: .endedOn))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(programID, forKey: .programID)
        switch assignee {
        case .officer(let badge): try container.encode(badge, forKey: .badge)
        case .unit(let unit): try container.encode(unit, forKey: .unit)
        }
        try container.encode(assignedOn, forKey: .assignedOn)
        try container.encode(from, forKey: .from)
        try container.encode(endedOn, forKey: .endedOn)
    }
}

/// An officer excused from a program's hours over a period (military or medical leave), with the reason.
public struct ProgramWaiver: Hashable, Sendable, Codable, Identifiable {
    public var id: Int64
    public var badge: String
    public var programID: String
    public var reason: String
    public var from: CalendarDate
    /// Inclusive last day.
    public var until: CalendarDate

    public init(id: Int64, badge: String, programID: String, reason: String, from: CalendarDate, until: CalendarDate) {
        self.id = id
        self.badge = badge
        self.programID = programID
        self.reason = reason
        self.from = from
        self.until = until
    }

    enum CodingKeys: String, CodingKey {
        case id, badge, reason, from, until
        case programID = "program_id"
    }
}

/// An officer's program records: the assignments naming them or a unit they were ever in, and their waivers.
public struct ProgramRecords: Sendable, Equatable {
    public var assignments: [ProgramAssignment]
    public var waivers: [ProgramWaiver]

    public init(assignments: [ProgramAssignment] = [], waivers: [ProgramWaiver] = []) {
        self.assignments = assignments
        self.waivers = waivers
    }
}
