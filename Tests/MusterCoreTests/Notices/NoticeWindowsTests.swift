import MusterCore
import Testing

/// Which status line gives which reminder item (issue 21 item 3): the windows a module's expiry falls in, and
/// the states that give none.
struct NoticeWindowsTests {
    static let day = CalendarDate(year: 2026, month: 12, day: 1)!

    @Test("status line → item state and window, with --within 30,60,90", arguments: [
        (ModuleStatus.expiring, 10, NoticeItem.State.expiring, 30),
        (.expiring, 30, .expiring, 30),
        (.current, 31, .expiring, 60),
        (.current, 90, .expiring, 90),
        (.expired, -3, .expired, 0),
    ])
    func items(status: ModuleStatus, daysLeft: Int, state: NoticeItem.State, window: Int) throws {
        let line = ModuleStatusLine(moduleID: "uof-bwc", status: status, expiresOn: Self.day.adding(days: daysLeft))
        let item = try #require(NoticeWindows.standard.item(for: line, badge: "1001", asOf: Self.day, title: "Body-worn cameras"))
        #expect(item.state == state)
        #expect(item.windowDays == window)
        #expect(item.onDate == Self.day.adding(days: daysLeft))
    }

    @Test("overdue is keyed on its due date")
    func overdue() throws {
        let due = CalendarDate(year: 2025, month: 6, day: 1)!
        let line = ModuleStatusLine(moduleID: "uof-bwc", status: .overdue, dueOn: due)
        let item = try #require(NoticeWindows.standard.item(for: line, badge: "1001", asOf: Self.day, title: "t"))
        #expect(item.key == NoticeItem.Key(badge: "1001", moduleID: "uof-bwc", state: .overdue, windowDays: 0, onDate: due))
    }

    @Test("no item: beyond the windows, waived, assigned, failed, on leave, or nothing expires", arguments: [
        (ModuleStatus.current, Optional(91)), (.waived, 5), (.assigned, nil), (.failed, 5), (.onLeave, -5), (.current, nil),
    ])
    func none(status: ModuleStatus, daysLeft: Int?) {
        let line = ModuleStatusLine(moduleID: "m", status: status, expiresOn: daysLeft.map { Self.day.adding(days: $0) })
        #expect(NoticeWindows.standard.item(for: line, badge: "1", asOf: Self.day, title: "t") == nil)
    }

    @Test("--within parses a list of days, sorted and distinct; anything else is refused", arguments: [
        ("30,60,90", Optional([30, 60, 90])), ("90, 30,30", [30, 90]), ("7", [7]),
        ("", nil), ("30,,60", nil), ("0", nil), ("abc", nil), ("3661", nil),
    ])
    func parsing(text: String, days: [Int]?) {
        #expect(NoticeWindows(parsing: text)?.days == days)
    }
}
