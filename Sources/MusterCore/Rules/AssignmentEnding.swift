/// Ending an assignment (of a module, a certification or a program): from the day it ends it no longer applies.
/// The row is kept with that day as `ended_on` (a dated change, audited, never a delete), so a status asked
/// for any earlier day answers as it did before.
public enum AssignmentEnding {
    /// Why the assignment `name` (as `assignments list` prints its id), in force from `from` and ended on
    /// `endedOn` if at all, cannot end on `on`: the field at fault and the problem; nil when it can.
    ///
    /// Refused when it already ended (the first end stands: a second would rewrite a past answer), or when `on`
    /// is before it applies (there is nothing to end yet).
    public static func refusal(_ name: String, from: CalendarDate, endedOn: CalendarDate?,
                               endingOn on: CalendarDate) -> (field: String, problem: String)? {
        if let ended = endedOn { return ("assignment", "assignment \(name) already ended on \(ended)") }
        if on < from { return ("ended_on", "\(on) is before assignment \(name) applies (from \(from))") }
        return nil
    }

    /// How `assignments list` and `assignments end` name a program assignment: its own ids are counted apart from
    /// the module and certification assignments', so they carry a `P` ("P3") and never name one of those.
    public static func programName(_ id: Int64) -> String { "P\(id)" }

    /// The program assignment id `text` names ("P3" or "p3"); nil for anything else (a plain number names a
    /// module or certification assignment).
    public static func programID(_ text: String) -> Int64? {
        guard let first = text.first, first == "P" || first == "p" else { return nil }
        let digits = text.dropFirst()
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) else { return nil }
        return Int64(digits)
    }
}
