import MusterCore

/// Parses a `YYYY-MM-DD` command-line value, naming the option when it is not a real date.
enum DateArgument {
    static func parse(_ text: String?, option: String) throws -> CalendarDate? {
        guard let text else { return nil }
        guard let date = CalendarDate(iso: text) else {
            throw MusterFailure.usage("\(option) '\(text)' is not a date in YYYY-MM-DD form")
        }
        return date
    }
}
