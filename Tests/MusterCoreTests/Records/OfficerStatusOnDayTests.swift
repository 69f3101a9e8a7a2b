import MusterCore
import Testing

/// The status an officer has on a day comes from the dated facts, not the row's last write: a dated leave
/// that has ended, or not begun, reads active; a separation reads separated from its day until a reinstatement.
@Suite("An officer's status on a day")
struct OfficerStatusOnDayTests {
    static func date(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

    @Test("by the facts in force on the day", arguments: [
        // the row says leave (the last write was the dated leave)
        (Officer.Status.leave, "2026-04-30", Officer.Status.active),
        (.leave, "2026-05-01", .leave),
        (.leave, "2026-06-30", .leave),
        (.leave, "2026-07-01", .active),
        (.leave, "2026-09-15", .separated),
        (.leave, "2026-10-01", .active),
    ])
    func status(row: Officer.Status, day: String, expected: Officer.Status) {
        let officer = Officer(badge: "A1", lastName: "A", firstName: "B", hireDate: Self.date("2020-01-01"), status: row)
        let facts = [
            OfficerFact(id: 1, badge: "A1", on: Self.date("2026-05-01"), kind: .leave(until: Self.date("2026-06-30"))),
            OfficerFact(id: 2, badge: "A1", on: Self.date("2026-09-01"), kind: .separated),
            OfficerFact(id: 3, badge: "A1", on: Self.date("2026-10-01"), kind: .reinstated),
        ]
        #expect(OfficerTimeline(officer: officer, facts: facts).status(on: Self.date(day)) == expected)
    }

    @Test("a row written before facts were dated keeps its status on every day", arguments: [
        Officer.Status.active, .leave, .separated,
    ])
    func undated(row: Officer.Status) {
        let officer = Officer(badge: "A1", lastName: "A", firstName: "B", status: row)
        #expect(OfficerTimeline(officer: officer, facts: []).status(on: Self.date("2026-12-06")) == row)
    }
}
