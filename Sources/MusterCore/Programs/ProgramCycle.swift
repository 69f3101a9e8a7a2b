/// How a program cuts time into cycles. Every kind comes down to fixed runs of whole months from a first day:
/// the anchor, the officer's hire date, 1 January, or the fiscal year's start.
public enum ProgramCycle: Hashable, Sendable, Codable {
    /// `months` long, the first starting on `anchor`.
    case anchored(months: Int, anchor: CalendarDate)
    /// `months` long, the first starting on the officer's hire date.
    case rolling(months: Int)
    case calendarYear
    /// Twelve months from `month`-`day` ("07-01").
    case fiscalYear(month: Int, day: Int)

    public var months: Int {
        switch self {
        case .anchored(let months, _), .rolling(let months): months
        case .calendarYear, .fiscalYear: 12
        }
    }

    /// The first day of the first cycle: the anchor, the hire date (`origin`) for rolling cycles, or the start
    /// of the calendar or fiscal year holding `effective`.
    public func firstDay(origin: CalendarDate?, effective: CalendarDate) -> CalendarDate {
        switch self {
        case .anchored(_, let anchor): return anchor
        case .rolling: return origin ?? effective
        case .calendarYear: return CalendarDate(year: effective.year, month: 1, day: 1) ?? effective
        case .fiscalYear(let month, let day):
            let start = CalendarDate(year: effective.year, month: month, day: day) ?? effective
            return start <= effective ? start : start.adding(months: -12)
        }
    }

    /// The cycle holding `day`, counted from `first` (which may lie after `day`: cycles run backwards too).
    public func span(containing day: CalendarDate, first: CalendarDate) -> CycleSpan {
        let months = self.months
        let monthsApart = (day.year * 12 + day.month) - (first.year * 12 + first.month)
        var index = monthsApart >= 0 ? monthsApart / months : -((-monthsApart + months - 1) / months)
        if first.adding(months: index * months) > day { index -= 1 }
        if first.adding(months: (index + 1) * months) <= day { index += 1 }
        return CycleSpan(index: index, first: first, months: months)
    }
}

/// One cycle: its place counted from the first, and its first and last days (both inclusive).
public struct CycleSpan: Hashable, Sendable {
    public let index: Int
    public let start: CalendarDate
    /// The last day, inclusive.
    public let end: CalendarDate
    public let months: Int
    /// The first day of the first cycle, from which blocks of cycles are counted.
    let first: CalendarDate

    public init(index: Int, first: CalendarDate, months: Int) {
        self.index = index
        self.first = first
        self.months = months
        start = first.adding(months: index * months)
        end = first.adding(months: (index + 1) * months).adding(days: -1)
    }

    public var previous: CycleSpan { CycleSpan(index: index - 1, first: first, months: months) }

    public func contains(_ day: CalendarDate) -> Bool { start <= day && day <= end }

    /// The whole calendar months lying inside the cycle from `day` on: a month counts when its 1st and its last
    /// day are both in; `day`'s own month only when it is the 1st.
    public func wholeMonths(from day: CalendarDate) -> Int {
        wholeMonths(from: max(day, start), through: end)
    }

    /// The whole calendar months lying inside both the cycle and `from...through`.
    public func wholeMonths(from: CalendarDate, through: CalendarDate) -> Int {
        let lower = max(from, start), upper = min(through, end)
        guard lower <= upper else { return 0 }
        var firstMonth = lower.year * 12 + lower.month - 1
        if lower.day != 1 { firstMonth += 1 }
        var lastMonth = upper.year * 12 + upper.month - 1
        if upper.day != CalendarDate.daysIn(month: upper.month, year: upper.year) { lastMonth -= 1 }
        return max(0, lastMonth - firstMonth + 1)
    }
}
