/// A request to waive one module for one officer over a period, with the reason kept on record.
public struct WaiverRequest: Sendable, Equatable {
    public var badge: String
    public var moduleID: String
    public var reason: String
    /// nil means today.
    public var from: CalendarDate?
    public var until: CalendarDate?

    public init(badge: String, moduleID: String, reason: String, from: CalendarDate? = nil, until: CalendarDate? = nil) {
        self.badge = badge
        self.moduleID = moduleID
        self.reason = reason
        self.from = from
        self.until = until
    }
}
