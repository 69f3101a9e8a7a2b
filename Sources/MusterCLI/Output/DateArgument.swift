import MusterCore

/// Parses a `YYYY-MM-DD` command-line value, naming the option when it is not a real day in the years
/// `RecordRules.supportedYears`.
enum DateArgument {
    static func parse(_ text: String?, option: String) throws -> CalendarDate? {
        guard let text else { return nil }
        do {
            return try RecordRules.date(text, field: option)
        } catch {
            throw MusterFailure.usage("\(option) \(error.problem)")
        }
    }
}
