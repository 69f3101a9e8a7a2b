import Foundation
import MusterCore

/// Where the store reads "today" (future-date checks) and "now" (audit timestamps); tests pin both.
public struct StoreClock: Sendable {
    public var today: @Sendable () -> CalendarDate
    public var now: @Sendable () -> Date

    public init(today: @escaping @Sendable () -> CalendarDate, now: @escaping @Sendable () -> Date) {
        self.today = today
        self.now = now
    }

    /// The machine clock, today in the local time zone.
    public static let system = StoreClock(today: { CalendarDate.today() }, now: { Date() })

    /// A clock stopped on one day (noon UTC), for tests and reproducible demos.
    public static func fixed(_ day: CalendarDate) -> StoreClock {
        let seconds = TimeInterval(day.dayNumber) * 86_400 + 43_200
        return StoreClock(today: { day }, now: { Date(timeIntervalSince1970: seconds) })
    }
}
