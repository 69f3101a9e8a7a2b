/// A calendar day with no time of day or zone: completed on, due on, expires on.
///
/// Stored and exchanged as ISO `YYYY-MM-DD` only; never as a timestamp, so a completion recorded in one
/// time zone cannot move to another day when read in another.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Returns nil when the fields do not name a real day (2023-02-29, month 13, day 0).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...CalendarDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD`; anything else (timestamps, `2024-1-5`, `2024-02-30`) is nil.
    public init?(iso text: String) {
        self.init(isoUTF8: text.utf8)
    }

    /// `init?(iso:)` over UTF-8 bytes, for readers that have the bytes and no String. Inlinable, so a
    /// reader's own kind of byte collection is parsed without a generic call per byte.
    @inlinable
    public init?<Bytes: Collection<UInt8>>(isoUTF8 bytes: Bytes) {
        guard bytes.count == 10 else { return nil }
        var value = (year: 0, month: 0, day: 0)
        for (offset, byte) in bytes.enumerated() {
            switch offset {
            case 4, 7:
                guard byte == UInt8(ascii: "-") else { return nil }
            default:
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                let digit = Int(byte &- UInt8(ascii: "0"))
                switch offset {
                case 0..<4: value.year = value.year * 10 + digit
                case 5..<7: value.month = value.month * 10 + digit
                default: value.day = value.day * 10 + digit
                }
            }
        }
        self.init(year: value.year, month: value.month, day: value.day)
    }

    /// The ISO `YYYY-MM-DD` form.
    public var iso: String {
        var bytes: [UInt8] = []
        appendISO(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the ISO form's ten ASCII bytes, for writers that build bytes rather than Strings; written
    /// digit by digit, since exports and status print millions of dates.
    public func appendISO(to bytes: inout [UInt8]) {
        guard (0...9999).contains(year) else {
            let digits = String(year)
            bytes.append(contentsOf: (String(repeating: "0", count: max(0, 4 - digits.count)) + digits).utf8)
            bytes.append(UInt8(ascii: "-"))
            Self.appendTwoDigits(month, to: &bytes)
            bytes.append(UInt8(ascii: "-"))
            Self.appendTwoDigits(day, to: &bytes)
            return
        }
        bytes.reserveCapacity(bytes.count + 10)
        Self.appendTwoDigits(year / 100, to: &bytes)
        Self.appendTwoDigits(year % 100, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        Self.appendTwoDigits(month, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        Self.appendTwoDigits(day, to: &bytes)
    }

    @inline(__always)
    private static func appendTwoDigits(_ number: Int, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "0") + UInt8(number / 10 % 10))
        bytes.append(UInt8(ascii: "0") + UInt8(number % 10))
    }

    public var description: String { iso }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

// MARK: - Arithmetic

extension CalendarDate {
    /// The first and last days a `CalendarDate` can hold. Arithmetic saturates here rather than trapping, so
    /// no input — a validity of `Int.max` months, a stored day count from an older Muster — can crash a report:
    /// a date past the end reads as "far in the future", which is what such a value means.
    public static let earliest = CalendarDate(uncheckedYear: 1, month: 1, day: 1)
    public static let latest = CalendarDate(uncheckedYear: 9999, month: 12, day: 31)
    private static let dayNumbers = earliest.dayNumber...latest.dayNumber

    /// Days since 1970-01-01 (proleptic Gregorian), from Howard Hinnant's `days_from_civil`.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let monthIndex = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * monthIndex + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `dayNumber` days after 1970-01-01 (`civil_from_days`), clamped to `earliest...latest`.
    public init(dayNumber: Int) {
        let z = min(max(dayNumber, Self.dayNumbers.lowerBound), Self.dayNumbers.upperBound) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        // The algorithm only yields real days, so the failable initialiser cannot fail here.
        self.year = year
        self.month = month
        self.day = day
    }

    /// `days` later (earlier when negative), saturating at `earliest` and `latest`.
    public func adding(days: Int) -> CalendarDate {
        let (sum, overflow) = dayNumber.addingReportingOverflow(days)
        guard !overflow else { return days > 0 ? .latest : .earliest }
        return CalendarDate(dayNumber: sum)
    }

    /// `days` earlier, saturating like `adding(days:)`; the negation `adding(days: -days)` would trap on `Int.min`.
    public func subtracting(days: Int) -> CalendarDate {
        days == Int.min ? .latest : adding(days: -days)
    }

    /// Adds calendar months, clamping the day to the end of a shorter month:
    /// 2024-01-31 + 1 month is 2024-02-29, + 12 months is 2025-01-31. Saturates at `earliest` and `latest`.
    public func adding(months: Int) -> CalendarDate {
        let (zeroBased, overflow) = (year * 12 + (month - 1)).addingReportingOverflow(months)
        let first = Self.earliest.year * 12, last = Self.latest.year * 12 + 11
        guard !overflow, zeroBased >= first else { return months > 0 ? .latest : .earliest }
        guard zeroBased <= last else { return .latest }
        let newYear = zeroBased / 12
        let newMonth = zeroBased % 12 + 1
        let newDay = min(day, CalendarDate.daysIn(month: newMonth, year: newYear))
        return CalendarDate(uncheckedYear: newYear, month: newMonth, day: newDay)
    }

    /// Whole days from `self` to `other` (negative when `other` is earlier).
    public func days(until other: CalendarDate) -> Int {
        other.dayNumber - dayNumber
    }

    /// A day from parts known to be a real day, such as the clock's; a year beyond `earliest...latest`
    /// saturates rather than making a date the arithmetic cannot hold.
    init(uncheckedYear year: Int, month: Int, day: Int) {
        if year < 1 {
            (self.year, self.month, self.day) = (1, 1, 1)
        } else if year > 9999 {
            (self.year, self.month, self.day) = (9999, 12, 31)
        } else {
            self.year = year
            self.month = month
            self.day = day
        }
    }
}

// MARK: - Codable as ISO text

extension CalendarDate: Codable {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = CalendarDate(iso: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not a date in YYYY-MM-DD form")
        }
        self = date
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}
