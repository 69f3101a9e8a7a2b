import Foundation

extension CalendarDate {
    /// Today in the machine's local time zone: the one place the domain reads the clock, and only
    /// callers at the edge (CLI, TUI start-up) use it; every rule takes its as-of date as a parameter.
    public static func today(in timeZone: TimeZone = .current) -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(uncheckedYear: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
    }
}
