import MusterCore
import Testing

/// A `returned` fact ends the leave it falls in: an open one, or a dated one early (`officers edit --status
/// active` while on leave); a leave already over, or one begun after the return, keeps its own end.
@Suite("Returns from leave")
struct LeaveReturnTests {
    static func date(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

    @Test("the leave's last day as known once every fact is in", arguments: [
        ("2025-05-01", nil as String?, "2025-06-01", "2025-05-31" as String?),
        ("2025-05-01", "2025-09-30", "2025-06-01", "2025-05-31"),
        ("2025-05-01", "2025-05-20", "2025-06-01", "2025-05-20"),
        ("2025-07-01", nil, "2025-06-01", nil),
    ])
    func end(from: String, until: String?, returned: String, through: String?) {
        let officer = Officer(badge: "A1", lastName: "A", firstName: "B")
        let facts = [
            OfficerFact(id: 1, badge: "A1", on: Self.date(returned), kind: .returned),
            OfficerFact(id: 2, badge: "A1", on: Self.date(from), kind: .leave(until: until.map(Self.date))),
        ]
        let leaves = OfficerTimeline(officer: officer, facts: facts).leaves(knownOn: Self.date("2025-12-31"))
        #expect(leaves.map(\.through) == [through.map(Self.date)])
    }
}
