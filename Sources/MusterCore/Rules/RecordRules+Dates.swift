/// Dates people type or import.
extension RecordRules {
    /// The years a typed or imported date may name. Wider than any training record needs, narrow enough that
    /// a slip (`0024`, `20244`) is caught, and every day later arithmetic adds to one stays representable.
    public static let supportedYears = 1900...2100

    /// Refuses a date whose year is outside `supportedYears`.
    public static func checkDate(_ date: CalendarDate, field: String) throws(RuleViolation) {
        guard supportedYears.contains(date.year) else { throw .dateOutOfRange(field: field, date: date) }
    }

    /// Parses `YYYY-MM-DD` input: a real day in `supportedYears`, or the violation saying which it is not.
    public static func date(_ text: String, field: String) throws(RuleViolation) -> CalendarDate {
        guard let date = CalendarDate(iso: text) else { throw .notADate(field: field, text: text) }
        try checkDate(date, field: field)
        return date
    }
}
