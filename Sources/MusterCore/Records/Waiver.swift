/// An excuse from one module for one officer over a period, with the reason on record.
public struct Waiver: Hashable, Sendable, Codable, Identifiable {
    public var id: Int64
    public var badge: String
    public var moduleID: String
    public var reason: String
    public var from: CalendarDate
    /// Inclusive last day; nil means open-ended.
    public var until: CalendarDate?

    public init(id: Int64, badge: String, moduleID: String, reason: String, from: CalendarDate, until: CalendarDate? = nil) {
        self.id = id
        self.badge = badge
        self.moduleID = moduleID
        self.reason = reason
        self.from = from
        self.until = until
    }

    /// Whether the waiver covers `day` (from ≤ day ≤ until).
    public func covers(_ day: CalendarDate) -> Bool {
        from <= day && (until.map { day <= $0 } ?? true)
    }

    enum CodingKeys: String, CodingKey {
        case id, badge
        case moduleID = "module_id"
        case reason, from, until
    }
}
