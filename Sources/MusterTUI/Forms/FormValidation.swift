import MusterCore

/// Checks a form field by field and turns a valid form into its `RecordCommand` or `ExportRequest`.
///
/// Every message says exactly what is wrong and, where it helps, what would be right.
enum FormValidation {
    /// The message for each invalid field. Required fields that are still empty are reported only after
    /// a save was attempted (`includeEmptyRequired`), so a fresh form does not open covered in errors.
    static func messages(for form: FormState, in context: ValidationContext, includeEmptyRequired: Bool) -> [FieldID: String] {
        var messages: [FieldID: String] = [:]
        func check(_ id: FieldID, _ rule: (String) -> String?) {
            guard let field = form[id], let message = rule(field.trimmed) else { return }
            if field.trimmed.isEmpty && !includeEmptyRequired { return }
            messages[id] = message
        }
        switch form.kind {
        case .recordCompletion:
            check(.module) { moduleProblem($0, context) }
            check(.date) { dateProblem($0, label: "Date", context: context, allowFuture: false) }
            check(.score) { scoreProblem($0) }
            check(.hours) { hoursProblem($0) }
        case .assign:
            check(.target) { targetProblem($0, context) }
            check(.from) { $0.isEmpty ? nil : dateProblem($0, label: "From", context: context, allowFuture: true) }
            let isProgram = form[.target].map { context.curriculum.program($0.trimmed) != nil } ?? false
            check(.due) { text in
                if text.isEmpty { return nil }
                // As `muster assign PROGRAM` refuses --due: the program's cycles say what is owed and when.
                if isProgram { return "A program has no due date: its cycles set what is owed" }
                return dateProblem(text, label: "Due date", context: context, allowFuture: true)
            }
            if form[.assignee]?.value == "unit" {
                check(.unit) { unit in
                    if unit.isEmpty { return "Unit is required when assigning to a unit" }
                    return context.units.contains(unit) ? nil : "No officer is in unit '\(unit)'"
                }
            }
        case .waive:
            check(.module) { moduleProblem($0, context) }
            check(.reason) { $0.isEmpty ? "Reason is required: say why the officer is excused" : nil }
            check(.from) { $0.isEmpty ? nil : dateProblem($0, label: "From", context: context, allowFuture: true) }
            check(.until) { text in
                guard !text.isEmpty else { return nil }
                if let problem = dateProblem(text, label: "Until", context: context, allowFuture: true) { return problem }
                let from = form[.from].flatMap { CalendarDate(iso: $0.trimmed) } ?? context.asOf
                if let until = CalendarDate(iso: text), (try? RecordRules.checkPeriod(from: from, until: until)) == nil {
                    return "Until \(until) is before From \(from)"
                }
                return nil
            }
        case .void:
            check(.reason) { $0.isEmpty ? "Reason is required: say why the completion is void" : nil }
        case .incident:
            check(.date) { dateProblem($0, label: "Happened on", context: context, allowFuture: false) }
        case .classSession:
            check(.module) { moduleProblem($0, context) }
            check(.date) { dateProblem($0, label: "Date", context: context, allowFuture: true) }
            check(.time) { $0.isEmpty || ClassTime($0) != nil ? nil : "Starts at must be a time written HH:MM, e.g. 09:30" }
            check(.capacity) { ClassSheetRules.capacityProblem($0) }
            check(.hours) { hoursProblem($0) }
            check(.instructor) { $0.isEmpty ? "Instructor is required" : nil }
            check(.location) { $0.isEmpty ? "Location is required" : nil }
            check(.attendees) { ClassSheetRules.attendeesProblem($0, form: form, context: context) }
        case .export:
            check(.module) { $0.isEmpty ? nil : moduleProblem($0, context) }
            check(.unit) { text in
                text.isEmpty || context.units.contains(text) ? nil
                    : "No officer is in unit '\(text)'; units: \(context.units.prefix(6).joined(separator: ", "))"
            }
            check(.from) { $0.isEmpty ? nil : dateProblem($0, label: "From", context: context, allowFuture: false) }
            check(.to) { text in
                guard !text.isEmpty else { return nil }
                if let problem = dateProblem(text, label: "To", context: context, allowFuture: true) { return problem }
                if let from = form[.from].flatMap({ CalendarDate(iso: $0.trimmed) }), let to = CalendarDate(iso: text), to < from {
                    return "To \(to) is before From \(from)"
                }
                return nil
            }
            check(.output) { $0.isEmpty ? "Output path is required, e.g. roster.csv" : nil }
        }
        // Pasted text can carry what typing cannot; the attendees list alone may break lines between badges.
        for field in form.fields {
            let text = field.id == .attendees ? String(field.value.map { $0 == "\n" ? " " : $0 }) : field.value
            do { try RecordRules.checkText(text, field: field.label) } catch {
                messages[field.id] = "\(field.label) \(error.problem)"
            }
        }
        return messages
    }

    // MARK: - Field rules

    static func dateProblem(_ text: String, label: String, context: ValidationContext, allowFuture: Bool) -> String? {
        if text.isEmpty { return "\(label) is required (YYYY-MM-DD)" }
        guard let date = CalendarDate(iso: text) else {
            return "\(label) must be a real day written YYYY-MM-DD, e.g. \(context.asOf)"
        }
        do { try RecordRules.checkDate(date, field: label) } catch { return "\(label) \(error.problem)" }
        if !allowFuture, (try? RecordRules.notInFuture(date, field: label, today: context.asOf)) == nil {
            return "\(label) \(date) is in the future; today is \(context.asOf)"
        }
        return nil
    }

    static func moduleProblem(_ text: String, _ context: ValidationContext) -> String? {
        if text.isEmpty { return "Module is required" }
        if context.curriculum.module(text) != nil { return nil }
        let close = context.curriculum.modules.map(\.id).filter { $0.contains(text) }
        let hint = close.count == 1 ? "; did you mean \(close[0])?" : ""
        return "No module '\(text)' in the curriculum\(hint)"
    }

    static func targetProblem(_ text: String, _ context: ValidationContext) -> String? {
        if text.isEmpty { return "Say which module, certification or program to assign" }
        let curriculum = context.curriculum
        if curriculum.module(text) != nil || curriculum.certification(text) != nil || curriculum.program(text) != nil { return nil }
        return "No module, certification or program '\(text)' in the curriculum"
    }

    static func scoreProblem(_ text: String) -> String? {
        if text.isEmpty { return nil }
        guard let score = Int(text), RecordRules.scoreRange.contains(score) else {
            return "Score must be a whole number from \(RecordRules.scoreRange.lowerBound) to \(RecordRules.scoreRange.upperBound)"
        }
        return nil
    }

    static func hoursProblem(_ text: String) -> String? {
        if text.isEmpty { return nil }
        guard let hours = Double(text), RecordRules.hoursAllowed(hours) else {
            return "Hours must be a number above 0 and at most \(Int(RecordRules.maximumHours)), e.g. 4 or 1.5"
        }
        return nil
    }

    // MARK: - Submission

    /// What a valid modal or class form submits; nil while any field is invalid.
    static func command(for form: FormState, in context: ValidationContext) -> RecordCommand? {
        guard messages(for: form, in: context, includeEmptyRequired: true).isEmpty else { return nil }
        func text(_ id: FieldID) -> String { form[id]?.trimmed ?? "" }
        func optional(_ id: FieldID) -> String? { text(id).isEmpty ? nil : text(id) }
        func date(_ id: FieldID) -> CalendarDate? { CalendarDate(iso: text(id)) }
        switch form.kind {
        case .recordCompletion(let badge):
            guard let day = date(.date) else { return nil }
            return .recordCompletion(CompletionRequest(
                badge: badge, moduleID: text(.module), completedOn: day,
                result: Completion.Result(rawValue: text(.result)) ?? .pass, score: optional(.score).flatMap { Int($0) },
                hours: optional(.hours).flatMap { Double($0) }, instructor: optional(.instructor)))
        case .assign(let badge):
            let id = text(.target)
            let assignee: Assignment.Assignee = text(.assignee) == "unit"
                ? .unit(form[.unit]?.trimmed ?? "") : .officer(badge: badge)
            if context.curriculum.program(id) != nil {
                return .assignProgram(ProgramAssignmentRequest(programID: id, assignee: assignee, from: date(.from)))
            }
            let target: Assignment.Target = context.curriculum.module(id) != nil ? .module(id) : .certification(id)
            return .assign(AssignmentRequest(target: target, assignee: assignee, dueOn: date(.due), from: date(.from)))
        case .waive(let badge):
            return .waive(WaiverRequest(badge: badge, moduleID: text(.module), reason: text(.reason), from: date(.from), until: date(.until)))
        case .void(_, let id, _):
            return .voidCompletion(id: id, reason: text(.reason))
        case .incident(let badge):
            guard let day = date(.date), let kind = IncidentKind(rawValue: text(.kind)) else { return nil }
            return .recordIncident(IncidentRequest(badge: badge, occurredOn: day, kind: kind, note: optional(.note)))
        case .classSession:
            guard let day = date(.date) else { return nil }
            let lines = RosterLine.parse(text(.attendees), context: context, moduleID: text(.module))
            let session = SessionRequest(moduleID: text(.module), heldOn: day, instructor: optional(.instructor),
                                         location: optional(.location))
            return .recordRoster(RosterRequest(
                entries: lines.filter(\.isPresent).map {
                    CompletionRequest(badge: $0.badge, moduleID: text(.module), completedOn: day, result: $0.result,
                                      score: $0.score, hours: optional(.hours).flatMap { Double($0) },
                                      instructor: optional(.instructor))
                },
                session: session))
        case .export:
            return nil
        }
    }

    /// The export a valid export form asks for; nil while any field is invalid.
    static func exportRequest(for form: FormState, in context: ValidationContext) -> ExportRequest? {
        guard case .export = form.kind, messages(for: form, in: context, includeEmptyRequired: true).isEmpty else { return nil }
        func text(_ id: FieldID) -> String { form[id]?.trimmed ?? "" }
        func optional(_ id: FieldID) -> String? { text(id).isEmpty ? nil : text(id) }
        return ExportRequest(
            kind: ExportRequest.Kind(rawValue: text(.kind)) ?? .roster, moduleID: optional(.module), unit: optional(.unit),
            from: CalendarDate(iso: text(.from)), to: CalendarDate(iso: text(.to)),
            format: ExportRequest.Format(rawValue: text(.format)) ?? .csv, excelCompatible: text(.excel) == "yes",
            outputPath: text(.output))
    }
}
