import MusterCore

/// The Classes tab's own field rules: a class ahead may have nobody on its sheet yet and unmarked lines; one
/// held today or before needs every line marked before it is recorded.
enum ClassSheetRules {
    static func capacityProblem(_ text: String) -> String? {
        if text.isEmpty { return nil }
        guard let seats = Int(text), (try? ClassRules.checkCapacity(seats)) != nil else {
            return "Capacity must be a whole number from \(ClassRules.capacityRange.lowerBound) to \(ClassRules.capacityRange.upperBound)"
        }
        return nil
    }

    /// Whether the form's date lies after today: saving then schedules the class instead of recording it.
    static func isAhead(_ form: FormState, asOf: CalendarDate) -> Bool {
        form[.date].flatMap { CalendarDate(iso: $0.trimmed) }.map { $0 > asOf } ?? false
    }

    static func attendeesProblem(_ text: String, form: FormState, context: ValidationContext) -> String? {
        let lines = RosterLine.parse(text, context: context, moduleID: form[.module]?.trimmed ?? "")
        let ahead = isAhead(form, asOf: context.asOf)
        if lines.isEmpty && !ahead { return "Type at least one badge number" }
        let problems = lines.filter { $0.problem != nil }
        if let first = problems.first, let problem = first.problem {
            let more = problems.count > 1 ? " (and \(problems.count - 1) more)" : ""
            return "\(first.token): \(problem)\(more)"
        }
        let unmarked = lines.filter(\.isUnmarked)
        if !ahead, let first = unmarked.first {
            let more = unmarked.count > 1 ? " (and \(unmarked.count - 1) more)" : ""
            return "\(first.badge) is not marked\(more): write :pass, :fail, a score or :absent after each"
        }
        return nil
    }
}
