import MusterCore

/// A waiver to grant.
public struct WaiverEntry: Sendable, Equatable {
    public var badge: String
    public var moduleID: String
    public var reason: String
    /// Nil: from today.
    public var from: CalendarDate?
    /// Nil: open-ended.
    public var until: CalendarDate?

    public init(badge: String, moduleID: String, reason: String, from: CalendarDate? = nil, until: CalendarDate? = nil) {
        self.badge = badge
        self.moduleID = moduleID
        self.reason = reason
        self.from = from
        self.until = until
    }
}
