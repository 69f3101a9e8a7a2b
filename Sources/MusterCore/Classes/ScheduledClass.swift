/// A class session as scheduled: the module, the day and time, where, who teaches it, how many it seats, and
/// whether it was cancelled (dated; a session is never deleted). Sessions recorded before scheduling existed
/// have no time or capacity.
public struct ScheduledClass: Sendable, Equatable, Codable, Identifiable {
    public var id: Int64
    public var moduleID: String
    public var heldOn: CalendarDate
    public var startsAt: ClassTime?
    public var location: String?
    public var instructor: String?
    /// nil: no limit.
    public var capacity: Int?
    public var cancelledOn: CalendarDate?
    /// Officers enrolled.
    public var enrolled: Int

    public init(id: Int64, moduleID: String, heldOn: CalendarDate, startsAt: ClassTime? = nil, location: String? = nil,
                instructor: String? = nil, capacity: Int? = nil, cancelledOn: CalendarDate? = nil, enrolled: Int = 0) {
        self.id = id
        self.moduleID = moduleID
        self.heldOn = heldOn
        self.startsAt = startsAt
        self.location = location
        self.instructor = instructor
        self.capacity = capacity
        self.cancelledOn = cancelledOn
        self.enrolled = enrolled
    }

    public var isCancelled: Bool { cancelledOn != nil }

    /// Seats left; nil when the session has no capacity.
    public var seatsLeft: Int? { capacity.map { max(0, $0 - enrolled) } }

    /// Whether it is still to come on `day` (held that day or later) and not cancelled.
    public func isUpcoming(on day: CalendarDate) -> Bool { !isCancelled && heldOn >= day }

    enum CodingKeys: String, CodingKey {
        case id
        case moduleID = "module_id"
        case heldOn = "held_on"
        case startsAt = "starts_at"
        case location, instructor, capacity
        case cancelledOn = "cancelled_on"
        case enrolled
    }
}
