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
    public var dueOn: CalendarDate?
    public var assignedOn: CalendarDate

    public init(id: Int64, target: Target, assignee: Assignee, dueOn: CalendarDate? = nil, assignedOn: CalendarDate) {
        self.id = id
        self.target = target
        self.assignee = assignee
        self.dueOn = dueOn
        self.assignedOn = assignedOn
    }

    /// Whether this assignment applies to the given officer.
    public func applies(to officer: Officer) -> Bool {
        switch assignee {
        case .officer(let badge): badge == officer.badge
        case .unit(let unit): unit == officer.unit
        }
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
    }
}
