/// How an import file writes its dates (`--date-format`): ISO `YYYY-MM-DD` (the default), or the
/// `MM/DD/YYYY` and `DD.MM.YYYY` that HR systems and spreadsheets export. Month and day may drop their
/// leading zero (`3/7/2019`), as spreadsheets write them; the year has four digits.
public enum ImportDateFormat: String, Sendable, CaseIterable, Codable {
    case iso = "YYYY-MM-DD"
    case monthDayYear = "MM/DD/YYYY"
    case dayMonthYear = "DD.MM.YYYY"

    /// The format an option names: its spelling above, or `ISO`, in any case.
    public init?(argument: String) {
        let upper = argument.trimmedWhitespace().uppercased()
        if upper == "ISO" { self = .iso; return }
        guard let format = Self.allCases.first(where: { $0.rawValue == upper }) else { return nil }
        self = format
    }

    /// The spellings `init(argument:)` accepts, for help and refusals.
    public static let argumentWords = "ISO (YYYY-MM-DD, the default), MM/DD/YYYY or DD.MM.YYYY"

    /// The day `text` writes in this format, in `RecordRules.supportedYears`; otherwise the violation
    /// naming `field`, the text and the format expected.
    public func date(_ text: String, field: String) throws(FieldProblem) -> CalendarDate {
        let parsed: CalendarDate?
        switch self {
        case .iso: parsed = CalendarDate(iso: text)
        case .monthDayYear: parsed = Self.numeric(text, separator: "/").flatMap { CalendarDate(year: $0[2], month: $0[0], day: $0[1]) }
        case .dayMonthYear: parsed = Self.numeric(text, separator: ".").flatMap { CalendarDate(year: $0[2], month: $0[1], day: $0[0]) }
        }
        guard let parsed else {
            let hint = self == .iso && CalendarDate(iso: text) == nil && (text.contains("/") || text.contains("."))
                ? " (give --date-format MM/DD/YYYY or DD.MM.YYYY for such dates)" : ""
            throw FieldProblem(field: field, problem: "'\(text)' is not a date in \(rawValue) form\(hint)")
        }
        do { try RecordRules.checkDate(parsed, field: field) } catch {
            throw FieldProblem(field: error.field, problem: error.problem)
        }
        return parsed
    }

    /// Three numbers separated by `separator`: one or two digits, one or two, four.
    private static func numeric(_ text: String, separator: Character) -> [Int]? {
        let parts = text.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count == 3,
              (1...2).contains(parts[0].count), (1...2).contains(parts[1].count), parts[2].count == 4,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } })
        else { return nil }
        return parts.compactMap { Int($0) }
    }
}

/// A problem with one field of an input, in the words an import file's `file:line: field: problem` uses.
public struct FieldProblem: Error, Equatable, Sendable {
    public var field: String
    public var problem: String

    public init(field: String, problem: String) {
        self.field = field
        self.problem = problem
    }
}
