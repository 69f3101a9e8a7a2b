/// The windows `muster notices --within 30,60,90` warns in: a module expiring in 50 days falls in the 60-day
/// window; when 30 days are left it falls in the 30-day one and is news again.
public struct NoticeWindows: Sendable, Equatable {
    /// Ascending, distinct, each 1…3660 days.
    public let days: [Int]

    public static let standard = NoticeWindows(checked: [30, 60, 90])

    private init(checked days: [Int]) { self.days = days }

    /// Parses `30,60,90`; nil for anything else (the caller names the option).
    public init?(parsing text: String) {
        var days: [Int] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            guard let value = Int(String(part).trimmedWhitespace()), (1...3660).contains(value) else { return nil }
            days.append(value)
        }
        self.days = Array(Set(days)).sorted()
    }

    /// The item a module's status line gives a reminder, if any: expiring within the widest window, expired, or
    /// overdue. Waived, current beyond the windows, assigned, failed and on-leave modules give none (leave
    /// pauses reminders).
    public func item(for line: ModuleStatusLine, badge: String, asOf day: CalendarDate, title: String) -> NoticeItem? {
        func item(_ state: NoticeItem.State, window: Int, on date: CalendarDate?) -> NoticeItem {
            NoticeItem(badge: badge, moduleID: line.moduleID, moduleTitle: title, state: state, windowDays: window, onDate: date)
        }
        switch line.status {
        case .expired: return item(.expired, window: 0, on: line.expiresOn)
        case .overdue: return item(.overdue, window: 0, on: line.dueOn)
        case .current, .expiring:
            guard let expiresOn = line.expiresOn else { return nil }
            let left = day.days(until: expiresOn)
            guard let window = days.first(where: { left <= $0 }) else { return nil }
            return item(.expiring, window: window, on: expiresOn)
        case .waived, .assigned, .failed, .onLeave: return nil
        }
    }
}
