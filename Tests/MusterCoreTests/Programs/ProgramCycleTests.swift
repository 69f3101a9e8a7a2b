import MusterCore
import Testing

private typealias F = ProgramFixtures
private typealias R = RuleFixtures

@Suite("Programs: cycles")
struct ProgramCycleTests {
    @Test("anchored, rolling-from-hire, calendar and fiscal cycles hold the day asked about", arguments: [
        (ProgramCycle.anchored(months: 24, anchor: R.date("2025-09-01")), "2026-03-15", "2025-09-01", "2027-08-31"),
        (.anchored(months: 24, anchor: R.date("2025-09-01")), "2027-08-31", "2025-09-01", "2027-08-31"),
        (.anchored(months: 24, anchor: R.date("2025-09-01")), "2027-09-01", "2027-09-01", "2029-08-31"),
        (.anchored(months: 24, anchor: R.date("2025-09-01")), "2025-08-31", "2023-09-01", "2025-08-31"),
        (.rolling(months: 36), "2021-03-14", "2018-03-15", "2021-03-14"),
        (.rolling(months: 36), "2021-03-15", "2021-03-15", "2024-03-14"),
        (.calendarYear, "2026-12-31", "2026-01-01", "2026-12-31"),
        (.fiscalYear(month: 7, day: 1), "2026-06-30", "2025-07-01", "2026-06-30"),
        (.fiscalYear(month: 7, day: 1), "2026-07-01", "2026-07-01", "2027-06-30"),
    ])
    func cycleHoldsDay(cycle: ProgramCycle, day: String, start: String, end: String) {
        let first = cycle.firstDay(origin: R.date("2018-03-15"), effective: R.date("2021-07-01"))
        let span = cycle.span(containing: R.date(day), first: first)
        #expect(span.start == R.date(start))
        #expect(span.end == R.date(end))
    }

    @Test("a rolling cycle runs from the hire date, not the assignment", arguments: [
        ("2019-05-20", "2026-01-10", "2025-05-20", "2028-05-19"),
        ("2024-11-02", "2026-01-10", "2024-11-02", "2027-11-01"),
    ])
    func rollingFromHire(hired: String, asOf: String, start: String, end: String) throws {
        let standing = try #require(F.standing(F.program(cycle: .rolling(months: 36)), hired: hired, asOf: asOf))
        #expect(standing.cycle.start == R.date(start))
        #expect(standing.cycle.end == R.date(end))
    }

    @Test("a completion on a cycle's first and last day counts; a day outside does not", arguments: [
        ("2025-09-01", 4.0), ("2027-08-31", 4.0), ("2025-08-31", 0.0), ("2027-09-01", 0.0),
    ])
    func cycleBoundaries(completedOn: String, earned: Double) throws {
        let standing = try #require(F.standing(F.program(), completions: [F.pass(1, "deesc", on: completedOn)],
                                               asOf: "2027-08-31"))
        #expect(standing.hoursEarned == earned)
    }
}
