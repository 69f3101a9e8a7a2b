import Testing
@testable import MusterCore

@Suite("Ending a waiver early")
struct WaiverEndingTests {
    static func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }
    static let open = Waiver(id: 1, badge: "A1", moduleID: "m", reason: "leave", from: day("2026-01-01"))
    static let bounded = Waiver(id: 2, badge: "A1", moduleID: "m", reason: "leave", from: day("2026-01-01"),
                                until: day("2026-01-31"))

    @Test("the last day becomes the day before the end, for an open or a longer waiver", arguments: [
        (open, "2026-03-01", "2026-02-28"),
        (open, "2026-01-02", "2026-01-01"),
        (bounded, "2026-01-31", "2026-01-30"),
        (bounded, "2026-01-15", "2026-01-14"),
    ])
    func lastDay(waiver: Waiver, on: String, expected: String) throws {
        #expect(try WaiverEnding.lastDay(of: waiver, endingOn: Self.day(on)) == Self.day(expected))
    }

    @Test("an end not after the first day, or after the last day, is refused with the field and both days", arguments: [
        (open, "2026-01-01", RuleViolation.endNotAfterStart(field: "on", on: day("2026-01-01"), start: day("2026-01-01"))),
        (open, "2025-12-01", .endNotAfterStart(field: "on", on: day("2025-12-01"), start: day("2026-01-01"))),
        (bounded, "2026-02-01", .alreadyOver(field: "on", on: day("2026-02-01"), lastDay: day("2026-01-31"))),
        (bounded, "2026-06-01", .alreadyOver(field: "on", on: day("2026-06-01"), lastDay: day("2026-01-31"))),
    ])
    func refused(waiver: Waiver, on: String, expected: RuleViolation) {
        #expect(throws: expected) { try WaiverEnding.lastDay(of: waiver, endingOn: Self.day(on)) }
        #expect(expected.description.hasPrefix("on "))
    }

    @Test("active means not over: in force on the day or still to come", arguments: [
        (open, "2025-06-01", true), (open, "2030-01-01", true),
        (bounded, "2026-01-31", true), (bounded, "2026-02-01", false), (bounded, "2025-12-01", true),
    ])
    func active(waiver: Waiver, on: String, expected: Bool) {
        #expect(WaiverEnding.isActive(waiver, on: Self.day(on)) == expected)
    }
}
