import MusterCore
import TerminalUI

/// What the Classes tab asks before acting on a long sheet.
enum SheetQuestion: Equatable, Sendable {
    case record(lines: Int, ahead: Bool)
    case clear(lines: Int)
}

/// Saving the Classes tab's sheet: a day ahead schedules the class (enrolling who is on the sheet); a class
/// opened with `o` takes its new enrolments, and on or after its day its attendance and record; otherwise the
/// roster is recorded as before. A sheet of more than `confirmAbove` lines is confirmed first, as is clearing it.
extension ClassesUpdate {
    static let confirmAbove = 10

    static func sheetLines(_ state: AppState) -> [RosterLine] {
        let form = state.classes.form
        return RosterLine.parse(form[.attendees]?.value ?? "", context: state.validationContext(for: form),
                                moduleID: form[.module]?.trimmed ?? "")
    }

    /// Ctrl-S: asks first on a long sheet.
    static func save(_ state: inout AppState) -> Next<AppEffect> {
        let count = sheetLines(state).count
        if count > confirmAbove {
            let ahead = ClassSheetRules.isAhead(state.classes.form, asOf: state.context.asOf)
            state.modal = .confirmSheet(.record(lines: count, ahead: ahead))
            return .none
        }
        return submit(&state)
    }

    /// `x`: asks first on a long sheet.
    static func clearAsking(_ state: inout AppState) -> Next<AppEffect> {
        let count = sheetLines(state).count
        if count > confirmAbove {
            state.modal = .confirmSheet(.clear(lines: count))
            return .none
        }
        return clear(&state)
    }

    static func confirmYes(_ state: inout AppState) -> Next<AppEffect> {
        guard case .confirmSheet(let question) = state.modal else { return .none }
        state.modal = nil
        switch question {
        case .record: return submit(&state)
        case .clear: return clear(&state)
        }
    }

    static func confirmNo(_ state: inout AppState) -> Next<AppEffect> {
        state.modal = nil
        state.status = .info("Nothing was written; the sheet is as it was")
        return .none
    }

    /// Sends the sheet's commands, or flags what is wrong with it.
    static func submit(_ state: inout AppState) -> Next<AppEffect> {
        let form = state.classes.form
        let context = state.validationContext(for: form)
        let ahead = ClassSheetRules.isAhead(form, asOf: state.context.asOf)
        guard ahead || state.classes.openSession != nil else { return FormUpdate.saveForm(&state) }
        if let refusal = state.context.refusal(.recordCompletions) {
            state.status = .error(refusal)
            return .none
        }
        guard FormValidation.messages(for: form, in: context, includeEmptyRequired: true).isEmpty else {
            return FormUpdate.saveForm(&state)
        }
        let commands: [RecordCommand]
        switch sheetCommands(state) {
        case .success(let built): commands = built
        case .failure(let problem):
            state.status = .error(problem.message)
            return .none
        }
        state.classes.form.isSubmitting = true
        state.classes.form.submitError = nil
        state.status = .info("Saving…")
        return .run(.performClass(commands))
    }

    /// The commands the sheet stands for: scheduling a new class, or the opened class's enrolment, attendance
    /// and record.
    static func sheetCommands(_ state: AppState) -> Result<[RecordCommand], Failure> {
        let form = state.classes.form
        func text(_ id: FieldID) -> String? { form[id].map(\.trimmed).flatMap { $0.isEmpty ? nil : $0 } }
        let lines = sheetLines(state)
        guard let session = state.classes.openSession else {
            guard let day = text(.date).flatMap(CalendarDate.init(iso:)) else { return .failure(Failure("Date is required")) }
            return .success([.scheduleClass(ClassScheduleRequest(
                moduleID: text(.module) ?? "", heldOn: day, startsAt: text(.time).flatMap(ClassTime.init),
                location: text(.location), instructor: text(.instructor), capacity: text(.capacity).flatMap { Int($0) },
                enrol: lines.map(\.badge)))])
        }
        let enrolled = Set(state.classes.openEnrolled)
        let new = lines.map(\.badge).filter { !enrolled.contains($0) }
        var commands: [RecordCommand] = new.isEmpty ? [] : [.enrol(sessionID: session.id, badges: new)]
        guard session.heldOn <= state.context.asOf else {
            return commands.isEmpty ? .failure(Failure("Everyone on the sheet is enrolled already; add badges to enrol more"))
                : .success(commands)
        }
        if let failed = lines.first(where: { $0.isPresent && $0.result == .fail && $0.score == nil }) {
            return .failure(Failure("\(failed.badge): give the score of a failed attempt, or mark them :absent"))
        }
        var byScore: [Int?: [String]] = [:]
        for line in lines where line.isPresent { byScore[line.score, default: []].append(line.badge) }
        for (score, badges) in byScore.sorted(by: { ($0.key ?? -1) < ($1.key ?? -1) }) {
            commands.append(.markAttendance(AttendanceRequest(sessionID: session.id, badges: badges, attendance: .present, score: score)))
        }
        let absent = lines.filter(\.isAbsent).map(\.badge)
        if !absent.isEmpty {
            commands.append(.markAttendance(AttendanceRequest(sessionID: session.id, badges: absent, attendance: .absent)))
        }
        commands.append(.recordClass(sessionID: session.id))
        return .success(commands)
    }

    /// The class's writes finished: a fresh sheet and the list read again, or the sheet kept, saying why.
    static func classActionFinished(_ state: inout AppState, _ commands: [RecordCommand],
                                    _ result: Result<[CommandResult], Failure>) -> Next<AppEffect> {
        switch result {
        case .success(let results):
            let sentence = zip(commands, results).map(sentence(for:result:)).filter { !$0.isEmpty }.joined(separator: " ")
            state.status = .success(sentence)
            rosterRecorded(&state, sentence)
            state.classes.openSession = nil
            state.classes.openEnrolled = []
            return .run([.loadAgency, .loadClasses])
        case .failure(let failure):
            state.status = .error(failure.message)
            rosterFailed(&state, failure.message)
            return .none
        }
    }

    private static func sentence(for command: RecordCommand, result: CommandResult) -> String {
        switch result {
        case .classScheduled(let id):
            if case .scheduleClass(let request) = command, !request.enrol.isEmpty {
                "Scheduled class #\(id) on \(request.heldOn), \(request.enrol.count) enrolled."
            } else {
                "Scheduled class #\(id)."
            }
        case .enrolled(let id, let summary): "Enrolled \(summary.added.count) in class #\(id)."
        case .classRecorded(let id, let summary):
            "Recorded class #\(id): \(summary.newIDs.count) completion(s)"
                + (summary.alreadyOnRecord.isEmpty ? "." : ", already on record: \(summary.alreadyOnRecord.joined(separator: " ")).")
        default: ""
        }
    }

    // MARK: - Opening a scheduled class

    /// `o`: the next upcoming class into the form, its enrolment read.
    static func openNext(_ state: inout AppState) -> Next<AppEffect> {
        let upcoming = state.classes.upcoming
        guard !upcoming.isEmpty else {
            state.status = .info("No upcoming classes: type a later Date and Ctrl-S schedules one")
            return .none
        }
        let current = state.classes.openSession.flatMap { open in upcoming.firstIndex { $0.id == open.id } }
        let session = upcoming[current.map { ($0 + 1) % upcoming.count } ?? 0]
        var form = FormCatalog.classSession(asOf: state.context.asOf, units: state.agency.value?.units ?? [])
        form.set(.module, session.moduleID)
        form.set(.date, session.heldOn.iso)
        form.set(.time, session.startsAt?.description ?? "")
        form.set(.capacity, session.capacity.map(String.init) ?? "")
        form.set(.instructor, session.instructor ?? "")
        form.set(.location, session.location ?? "")
        form.set(.hours, FormCatalog.moduleHours(session.moduleID, on: session.heldOn, curriculum: state.context.curriculum))
        form.initialValues = form.fields.map(\.value)
        state.classes.form = form
        state.classes.openSession = session
        state.classes.openEnrolled = []
        state.status = .info("Class #\(session.id): reading who is enrolled…")
        return .run(.loadEnrolments(session.id))
    }

    static func enrolmentsLoaded(_ state: inout AppState, _ id: Int64, _ result: Result<[ClassEnrolment], Failure>) {
        guard state.classes.openSession?.id == id else { return }
        switch result {
        case .success(let enrolments):
            state.classes.openEnrolled = enrolments.map(\.badge)
            let sheet = enrolments.map { RosterLine.token(badge: $0.badge, attendance: $0.attendance, score: $0.score) }
            state.classes.form.set(.attendees, sheet.joined(separator: " "))
            state.classes.form.initialValues = state.classes.form.fields.map(\.value)
            state.status = .info("Class #\(id): \(enrolments.count) enrolled")
        case .failure(let failure):
            state.status = .error("Could not read class #\(id): \(failure.message)")
        }
    }
}
