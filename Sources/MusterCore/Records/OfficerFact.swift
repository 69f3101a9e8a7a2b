/// One dated fact about an officer's service: a move between units, a separation or reinstatement, a leave
/// and the return from it. Facts are only ever added; together with the officer's hire date they say, for
/// any day, which unit the officer was in, whether they served, and whether they were on leave
/// (`OfficerTimeline`). `on` is the first day the fact holds.
public struct OfficerFact: Hashable, Sendable, Codable, Identifiable {
    public enum Kind: Hashable, Sendable {
        /// Moved from one unit to another (nil: no unit).
        case unitChange(from: String?, to: String?)
        /// No longer serving from `on`.
        case separated
        /// Serving again from `on` after a separation.
        case reinstated
        /// On leave from `on` through `until` (inclusive); nil: until a `returned` fact ends it.
        case leave(until: CalendarDate?)
        /// Back from leave on `on`: ends an open leave, or a dated one early.
        case returned
    }

    /// Order of recording; of two facts on one day the later-recorded holds.
    public var id: Int64
    public var badge: String
    public var on: CalendarDate
    public var kind: Kind

    public init(id: Int64, badge: String, on: CalendarDate, kind: Kind) {
        self.id = id
        self.badge = badge
        self.on = on
        self.kind = kind
    }

    /// The `kind` word stored and exported.
    public var kindName: String {
        switch kind {
        case .unitChange: "unit"
        case .separated: "separated"
        case .reinstated: "reinstated"
        case .leave: "leave"
        case .returned: "returned"
        }
    }

    enum CodingKeys: String, CodingKey {
        case id, badge, on, kind
        case fromUnit = "from_unit"
        case toUnit = "to_unit"
        case until
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(Int64.self, forKey: .id)
        badge = try container.decode(String.self, forKey: .badge)
        on = try container.decode(CalendarDate.self, forKey: .on)
        switch try container.decode(String.self, forKey: .kind) {
        case "unit":
            kind = .unitChange(from: try container.decodeIfPresent(String.self, forKey: .fromUnit),
                               to: try container.decodeIfPresent(String.self, forKey: .toUnit))
        case "separated": kind = .separated
        case "reinstated": kind = .reinstated
        case "leave": kind = .leave(until: try container.decodeIfPresent(CalendarDate.self, forKey: .until))
        case "returned": kind = .returned
        case let other:
            throw DecodingError.dataCorruptedError(forKey: .kind, in: container, debugDescription: "unknown fact '\(other)'")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(badge, forKey: .badge)
        try container.encode(on, forKey: .on)
        try container.encode(kindName, forKey: .kind)
        switch kind {
        case .unitChange(let from, let to):
            try container.encode(from, forKey: .fromUnit)
            try container.encode(to, forKey: .toUnit)
        case .leave(let until):
            try container.encode(until, forKey: .until)
        case .separated, .reinstated, .returned:
            break
        }
    }
}
