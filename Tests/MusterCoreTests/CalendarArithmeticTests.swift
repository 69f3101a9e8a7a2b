import MusterCore
import PropertyBased
import Testing

private func day(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

/// Date arithmetic saturates at `CalendarDate.earliest` and `latest` instead of trapping: a curriculum with
/// `months: 9223372036854775807`, or an old database's day count, once crashed status, exports and the TUI.
@Suite("Date arithmetic never traps")
struct CalendarArithmeticTests {
    static let extremes = [Int.min, Int.min + 1, -(1 << 62), -3_652_059, -1, 0, 1, 3_652_059, 1 << 62, Int.max - 1, Int.max]
    static let days = [CalendarDate.earliest, day("1900-01-01"), day("2024-02-29"), day("2100-12-31"), CalendarDate.latest]

    @Test("adding extreme days or months stays a real day, on the side the sign says", arguments: days, extremes)
    func extremeAmounts(start: CalendarDate, amount: Int) {
        #expect(amount >= 0 ? start.subtracting(days: amount) <= start : start.subtracting(days: amount) >= start)
        for result in [start.adding(days: amount), start.adding(months: amount)] {
            #expect((CalendarDate.earliest...CalendarDate.latest).contains(result))
            #expect(CalendarDate(iso: result.iso) == result)
            if amount > 0 { #expect(result >= start) }
            if amount < 0 { #expect(result <= start) }
            if amount == 0 { #expect(result == start) }
            _ = start.days(until: result)
        }
        #expect((CalendarDate.earliest...CalendarDate.latest).contains(CalendarDate(dayNumber: amount)))
        _ = Validity.rolling(months: amount).expiresOn(completedOn: start)
        _ = Validity.rolling(months: amount).summary
    }

    @Test("saturation points", arguments: [
        (day("2024-01-31"), Int.max, CalendarDate.latest),
        (day("2024-01-31"), Int.min, CalendarDate.earliest),
        (CalendarDate.latest, 1, CalendarDate.latest),
        (CalendarDate.earliest, -1, CalendarDate.earliest),
    ])
    func saturation(start: CalendarDate, amount: Int, expected: CalendarDate) {
        #expect(start.adding(days: amount) == expected)
        #expect(start.adding(months: amount) == expected)
    }

    @Test("ordinary arithmetic is unchanged", arguments: [
        (day("2024-01-31"), 1, day("2024-02-29")),
        (day("2024-01-31"), 12, day("2025-01-31")),
        (day("2024-03-31"), -1, day("2024-02-29")),
        (day("9999-11-30"), 1, day("9999-12-30")),
        (day("0001-02-28"), -1, day("0001-01-28")),
    ])
    func ordinaryMonths(start: CalendarDate, months: Int, expected: CalendarDate) {
        #expect(start.adding(months: months) == expected)
    }

    @Test("a calendar-year validity ending past 9999 saturates")
    func calendarYearAtTheEnd() {
        #expect(Validity.calendarYear.expiresOn(completedOn: day("9999-06-01")) == CalendarDate.latest)
        #expect(Validity.calendarYear.expiresOn(completedOn: day("2024-06-01")) == day("2026-01-01"))
    }

    @Test("random days and amounts of any size: a real day, monotone, round trip where in range")
    func randomArithmetic() async {
        await propertyCheck(count: 2000, input: Gen.int(in: -719_162...2_932_896), Gen.int(in: Int.min...Int.max),
                            Gen.int(in: -200_000...200_000)) { base, huge, small in
            let start = CalendarDate(dayNumber: base)
            for amount in [huge, small] {
                let later = start.adding(days: amount)
                #expect((CalendarDate.earliest...CalendarDate.latest).contains(later))
                #expect(amount >= 0 ? later >= start : later <= start)
                let months = start.adding(months: amount)
                #expect((CalendarDate.earliest...CalendarDate.latest).contains(months))
                #expect(amount >= 0 ? months >= start : months <= start)
            }
            // Within the representable days nothing saturates: the sum is exact and reversible.
            if (CalendarDate.earliest.dayNumber...CalendarDate.latest.dayNumber).contains(base + small) {
                #expect(start.adding(days: small).dayNumber == base + small)
                #expect(start.adding(days: small).adding(days: -small) == start)
            }
        }
    }

    @Test("status over a curriculum an older Muster stored with extreme values judges without trapping", arguments: [
        Validity.rolling(months: Int.max), .rolling(months: Int.min), .rolling(months: 0), .calendarYear,
    ], [Int.max, Int.min, 0])
    func extremeCurriculum(validity: Validity, days: Int) {
        typealias R = RuleFixtures
        let curriculum = Curriculum(
            modules: [R.module("a", validity: validity, window: days, retrain: days),
                      R.module("r", validity: validity, window: days, refresherOf: "a", firstDueMonths: days)],
            certifications: [R.certification("c", modules: ["a", "r"], newModulesWithin: days)])
        for asOf in ["2024-06-01", "2100-12-31"] {
            let standing = R.officerStanding(
                curriculum, assignments: [R.assign(1, .certification("c"), due: "2023-06-01", within: days)],
                completions: [R.completion(1, "a", on: "2023-03-01"), R.completion(2, "r", on: "2023-04-01")], asOf: asOf)
            #expect(!standing.certifications.isEmpty)
        }
    }
}
