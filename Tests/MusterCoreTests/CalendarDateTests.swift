import Foundation
import MusterCore
import Testing

@Suite("CalendarDate")
struct CalendarDateTests {
    @Test("ISO parsing accepts real days only", arguments: [
        ("2024-02-29", true),
        ("2023-02-29", false),
        ("2000-02-29", true),
        ("1900-02-29", false),
        ("2024-04-31", false),
        ("2024-12-31", true),
        ("2024-13-01", false),
        ("2024-00-10", false),
        ("2024-01-00", false),
        ("0000-01-01", false),
        ("2024-1-05", false),
        ("2024-01-5", false),
        ("2024/01/05", false),
        ("2024-01-05T00:00:00Z", false),
        (" 2024-01-05", false),
        ("２０２４-01-05", false),
        ("", false),
    ])
    func parse(text: String, valid: Bool) {
        let date = CalendarDate(iso: text)
        #expect((date != nil) == valid)
        if let date { #expect(date.iso == text) }
    }

    @Test("month arithmetic clamps to the end of shorter months", arguments: [
        ("2024-01-31", 1, "2024-02-29"),
        ("2024-01-31", 12, "2025-01-31"),
        ("2024-02-29", 12, "2025-02-28"),
        ("2023-01-31", 1, "2023-02-28"),
        ("2024-12-15", 1, "2025-01-15"),
        ("2024-03-31", -1, "2024-02-29"),
        ("2024-01-15", -1, "2023-12-15"),
        ("2024-05-31", 0, "2024-05-31"),
    ])
    func addingMonths(start: String, months: Int, expected: String) throws {
        let date = try #require(CalendarDate(iso: start))
        #expect(date.adding(months: months).iso == expected)
    }

    @Test("day arithmetic crosses months, years and leap days", arguments: [
        ("2024-02-28", 1, "2024-02-29"),
        ("2023-02-28", 1, "2023-03-01"),
        ("2024-12-31", 1, "2025-01-01"),
        ("2025-03-04", -30, "2025-02-02"),
        ("2024-03-01", -1, "2024-02-29"),
        ("1970-01-01", 0, "1970-01-01"),
    ])
    func addingDays(start: String, days: Int, expected: String) throws {
        let date = try #require(CalendarDate(iso: start))
        let result = date.adding(days: days)
        #expect(result.iso == expected)
        #expect(date.days(until: result) == days)
    }

    @Test("day numbers count from 1970-01-01 and round-trip")
    func dayNumbers() throws {
        #expect(try #require(CalendarDate(iso: "1970-01-01")).dayNumber == 0)
        #expect(try #require(CalendarDate(iso: "2000-03-01")).dayNumber == 11_017)
        var date = try #require(CalendarDate(iso: "1999-12-25"))
        for _ in 0..<800 {
            let next = date.adding(days: 1)
            #expect(CalendarDate(dayNumber: next.dayNumber) == next)
            #expect(next > date)
            #expect(next.dayNumber == date.dayNumber + 1)
            date = next
        }
    }

    @Test("ordering is chronological")
    func ordering() throws {
        let dates = try ["2024-02-29", "2023-12-31", "2024-10-01", "2024-02-03"].map { try #require(CalendarDate(iso: $0)) }
        #expect(dates.sorted().map(\.iso) == ["2023-12-31", "2024-02-03", "2024-02-29", "2024-10-01"])
    }

    @Test("Codable as ISO text, rejecting other forms")
    func codable() throws {
        let date = try #require(CalendarDate(iso: "2024-02-29"))
        let data = try JSONEncoder().encode([date])
        #expect(String(decoding: data, as: UTF8.self) == #"["2024-02-29"]"#)
        #expect(try JSONDecoder().decode([CalendarDate].self, from: data) == [date])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([CalendarDate].self, from: Data(#"["2023-02-29"]"#.utf8)) }
    }

    @Test("leap years follow the Gregorian rule", arguments: [(2024, true), (2023, false), (2000, true), (1900, false), (2100, false)])
    func leapYears(year: Int, leap: Bool) {
        #expect(CalendarDate.isLeap(year) == leap)
        #expect(CalendarDate.daysIn(month: 2, year: year) == (leap ? 29 : 28))
    }
}
