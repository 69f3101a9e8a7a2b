/// One thing a reminder tells an officer (and their supervisor): a required module expiring within a window,
/// expired, or overdue, as the status engine judged it on the day of the run.
public struct NoticeItem: Sendable, Hashable {
    public enum State: String, Sendable, CaseIterable {
        case expiring, expired, overdue
    }

    public var badge: String
    public var moduleID: String
    public var moduleTitle: String
    public var state: State
    /// For `expiring`: the smallest window (days) the expiry falls within; 0 for expired and overdue.
    public var windowDays: Int
    /// The day the state is about: the first day no longer valid (expiring, expired) or the due date (overdue).
    public var onDate: CalendarDate?

    public init(badge: String, moduleID: String, moduleTitle: String, state: State, windowDays: Int, onDate: CalendarDate?) {
        self.badge = badge
        self.moduleID = moduleID
        self.moduleTitle = moduleTitle
        self.state = state
        self.windowDays = windowDays
        self.onDate = onDate
    }

    /// What a sent notice is remembered by: officer × item × state × window, and the date the state is about, so
    /// that a renewed module expiring again years later is news again.
    public var key: Key { Key(badge: badge, moduleID: moduleID, state: state, windowDays: windowDays, onDate: onDate) }

    public struct Key: Sendable, Hashable {
        public var badge: String
        public var moduleID: String
        public var state: State
        public var windowDays: Int
        public var onDate: CalendarDate?

        public init(badge: String, moduleID: String, state: State, windowDays: Int, onDate: CalendarDate?) {
            self.badge = badge
            self.moduleID = moduleID
            self.state = state
            self.windowDays = windowDays
            self.onDate = onDate
        }
    }

    /// The line a message prints for the item, in words.
    public func sentence(asOf day: CalendarDate) -> String {
        let date = onDate?.iso ?? "—"
        switch state {
        case .expiring:
            let days = onDate.map { day.days(until: $0) } ?? windowDays
            return "\(moduleTitle) (\(moduleID)): expires on \(date), in \(days) day\(days == 1 ? "" : "s")"
        case .expired: return "\(moduleTitle) (\(moduleID)): EXPIRED on \(date)"
        case .overdue: return "\(moduleTitle) (\(moduleID)): OVERDUE, was due \(date)"
        }
    }
}

/// Who a notice went to: the officer, or the supervisor of the officer's unit in a digest.
public enum NoticeAudience: String, Sendable, CaseIterable {
    case officer, supervisor
}

/// The record of one item a notice carried (`RecordCommand.recordNotices`).
public struct SentNotice: Sendable, Hashable {
    public var audience: NoticeAudience
    public var key: NoticeItem.Key
    /// The address (or login) the message went to.
    public var recipient: String
    /// The message's `Message-ID`, to find the message in a mail log.
    public var messageID: String

    public init(audience: NoticeAudience, key: NoticeItem.Key, recipient: String, messageID: String) {
        self.audience = audience
        self.key = key
        self.recipient = recipient
        self.messageID = messageID
    }
}
