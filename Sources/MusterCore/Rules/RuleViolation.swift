/// A rule about a record that a request breaks. Thrown by `RecordRules`, which the store, the CSV readers and
/// the TUI forms all call, so a record is judged the same way whichever door it comes in by.
public enum RuleViolation: Error, Equatable, Sendable, CustomStringConvertible {
    case emptyField(String)
    /// A date that may not lie after today (completed on, hire date, session date, assigned on).
    case futureDate(field: String, date: CalendarDate, today: CalendarDate)
    case scoreOutOfRange(Int)
    case hoursOutOfRange(Double)
    /// The given result disagrees with what the module's pass mark says about the score.
    case resultContradictsPassMark(result: Completion.Result, score: Int, passMark: Int)
    case invalidDateRange(from: CalendarDate, until: CalendarDate)
    /// A pass on an assessment with a pass mark, without the score that shows it.
    case scoreRequired(passMark: Int)
    /// A module version that is not loaded (nil: the module has no version at all).
    case unknownVersion(module: String, version: ModuleVersion?)
    /// A named version that took effect only after the completion's date.
    case versionNotYetEffective(version: ModuleVersion, effective: CalendarDate, completedOn: CalendarDate)
    /// A named version still waiting for its sign-offs (`curricula review`): no completion belongs to it yet.
    case versionPending(version: ModuleVersion)
    /// A sign-off on a version that is not pending.
    case reviewClosed(module: String, version: ModuleVersion, why: String)
    case outOfRange(field: String, value: Int, range: ClosedRange<Int>)
    /// A control character (tab, NUL, escape…) in typed or imported text; `position` counts Unicode scalars from 1.
    case controlCharacter(field: String, scalar: UInt32, position: Int)
    /// Text that is not a real day written `YYYY-MM-DD`.
    case notADate(field: String, text: String)
    /// A real day outside `RecordRules.supportedYears`.
    case dateOutOfRange(field: String, date: CalendarDate)
    /// Ending a record (a waiver) on a day that is not after its first day.
    case endNotAfterStart(field: String, on: CalendarDate, start: CalendarDate)
    /// Ending a record (a waiver) on a day after its last day: it is already over by then.
    case alreadyOver(field: String, on: CalendarDate, lastDay: CalendarDate)

    /// The field at fault, as import files and audit states name it.
    public var field: String {
        switch self {
        case .emptyField(let field), .futureDate(let field, _, _): field
        case .scoreOutOfRange: "score"
        case .hoursOutOfRange: "hours"
        case .resultContradictsPassMark: "result"
        case .invalidDateRange: "until"
        case .scoreRequired: "score"
        case .unknownVersion, .versionNotYetEffective, .versionPending, .reviewClosed: "version"
        case .outOfRange(let field, _, _): field
        case .controlCharacter(let field, _, _), .notADate(let field, _), .dateOutOfRange(let field, _): field
        case .endNotAfterStart(let field, _, _), .alreadyOver(let field, _, _): field
        }
    }

    /// What is wrong with the field's value, for a line that already names the field (`file:line: field: …`).
    public var problem: String {
        switch self {
        case .emptyField: "must not be empty"
        case .futureDate(_, let date, let today): "\(date) is in the future (today is \(today))"
        case .scoreOutOfRange(let score): "\(score) is outside 0–100"
        case .hoursOutOfRange(let hours) where hours > 0:
            "\(Self.plain(hours)) is more than the \(Self.plain(RecordRules.maximumHours)) one completion may claim"
        case .hoursOutOfRange(let hours): "\(Self.plain(hours)) must be greater than 0"
        case .resultContradictsPassMark(let result, let score, let passMark):
            "result '\(result.rawValue)' contradicts score \(score) with pass mark \(passMark)"
        case .invalidDateRange(let from, let until): "\(until) is before from \(from)"
        case .scoreRequired(let passMark): "required for a pass: the assessment has pass mark \(passMark)"
        case .unknownVersion(let module, let version?): "'\(version)' is not a loaded version of '\(module)'"
        case .unknownVersion(let module, nil): "'\(module)' has no loaded version"
        case .versionNotYetEffective(let version, let effective, let completedOn):
            "'\(version)' takes effect \(effective), after the completion date \(completedOn)"
        case .versionPending(let version):
            "'\(version)' is pending review (`muster curricula review`) and binds from no day yet"
        case .reviewClosed(let module, let version, let why): "\(module)@\(version) takes no more sign-offs: \(why)"
        case .outOfRange(_, let value, let range): "\(value) is outside \(range.lowerBound)–\(range.upperBound)"
        case .controlCharacter(_, let scalar, let position):
            "contains the control character \(Self.codePoint(scalar)) at character \(position); only printable text is accepted"
        case .notADate(_, let text):
            "'\(Self.printable(text))' is not a date in YYYY-MM-DD form"
        case .dateOutOfRange(_, let date):
            "\(date) is outside the years \(RecordRules.supportedYears.lowerBound)–\(RecordRules.supportedYears.upperBound)"
        case .endNotAfterStart(_, let on, let start): "\(on) is not after its first day \(start): it can only end once it began"
        case .alreadyOver(_, let on, let lastDay): "\(on) is after its last day \(lastDay): it is already over by then"
        }
    }

    public var description: String {
        switch self {
        case .resultContradictsPassMark: problem
        default: "\(field) \(problem)"
        }
    }

    /// `U+001B`, as Unicode charts name a code point.
    static func codePoint(_ scalar: UInt32) -> String {
        let hex = String(scalar, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// The text with each control character shown as its code point, so a refusal never replays what it refuses.
    static func printable(_ text: String) -> String {
        guard RecordRules.firstControlCharacter(in: text) != nil else { return text }
        return text.unicodeScalars.map { RecordRules.isControl($0.value) ? "<\(codePoint($0.value))>" : String($0) }.joined()
    }

    /// Whole hours without a decimal point, as people type them.
    private static func plain(_ hours: Double) -> String {
        hours == hours.rounded() && abs(hours) < 1e15 ? String(Int(hours)) : String(hours)
    }
}
