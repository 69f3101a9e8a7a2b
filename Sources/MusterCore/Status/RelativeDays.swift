/// "today", "in 1 day", "146 days ago": how far `date` lies from the as-of date, for explanations.
func relativeDays(from asOf: CalendarDate, to date: CalendarDate) -> String {
    let days = asOf.days(until: date)
    switch days {
    case 0: return "today"
    case 1: return "tomorrow"
    case -1: return "yesterday"
    case 2...: return "in \(days) days"
    default: return "\(-days) days ago"
    }
}

/// "1 module", "3 modules".
func counted(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
    "\(count) \(count == 1 ? singular : plural ?? singular + "s")"
}
