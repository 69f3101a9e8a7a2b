import MusterCore
import Testing

@Suite("Expiry of a counting completion")
struct ExpiryRuleTests {
    @Test("rolling validity adds months and clamps the day to the month's end", arguments: [
        ("2024-01-31", 1, "2024-02-29"),
        ("2024-01-31", 12, "2025-01-31"),
        ("2024-02-29", 12, "2025-02-28"),
        ("2024-02-29", 48, "2028-02-29"),
        ("2023-01-31", 1, "2023-02-28"),
        ("2024-03-31", 1, "2024-04-30"),
        ("2024-08-15", 24, "2026-08-15"),
        ("2024-11-30", 3, "2025-02-28"),
        ("2024-12-31", 2, "2025-02-28"),
    ])
    func rolling(completed: String, months: Int, expires: String) {
        let expiry = Validity.rolling(months: months).expiresOn(completedOn: StatusFixtures.date(completed))
        #expect(expiry == StatusFixtures.date(expires))
    }

    @Test("calendar_year validity counts through 31 December of the following year", arguments: [
        ("2024-12-31", "2026-01-01"),
        ("2024-01-01", "2026-01-01"),
        ("2024-02-29", "2026-01-01"),
    ])
    func calendarYear(completed: String, expires: String) {
        let expiry = Validity.calendarYear.expiresOn(completedOn: StatusFixtures.date(completed))
        #expect(expiry == StatusFixtures.date(expires))
    }

    @Test("once validity never expires")
    func once() {
        #expect(Validity.once.expiresOn(completedOn: StatusFixtures.date("2020-06-01")) == nil)
    }

    @Test("the standing reports the expiry of its basis", arguments: [
        (Validity.rolling(months: 1), "2024-01-31", "2024-02-29"),
        (Validity.rolling(months: 12), "2024-02-29", "2025-02-28"),
        (Validity.calendarYear, "2024-12-31", "2026-01-01"),
    ])
    func standingExpiry(validity: Validity, completed: String, expires: String) {
        let standing = StatusFixtures.standing(
            module: StatusFixtures.module(validity: validity, window: 0),
            completions: [StatusFixtures.completion(1, on: completed)], asOf: completed)
        #expect(standing.completedOn == StatusFixtures.date(completed))
        #expect(standing.expiresOn == StatusFixtures.date(expires))
        #expect(standing.status == .current)
    }

    @Test("a once module stays current decades later")
    func onceStaysCurrent() {
        let standing = StatusFixtures.standing(
            module: StatusFixtures.module(validity: .once),
            completions: [StatusFixtures.completion(1, on: "2001-05-05")], asOf: "2049-12-31")
        #expect(standing.status == .current)
        #expect(standing.expiresOn == nil)
        #expect(standing.expiringWindowOpensOn == nil)
    }
}
