/// The text and dates a command carries, checked by the store before any command runs, so the CLI's
/// arguments, the TUI's forms and the importers meet the same rules whichever door they come in by.
extension RecordRules {
    /// Refuses the first control character in any text field, and the first date outside
    /// `supportedYears`, of any of `commands`. A curriculum is left to the linter, which has already read it.
    public static func checkInputs(of commands: [RecordCommand]) throws(RuleViolation) {
        for command in commands { try checkInputs(of: command) }
    }

    public static func checkInputs(of command: RecordCommand) throws(RuleViolation) {
        try CommandInputs.check(command)
    }
}

/// Each command's text and date fields by name, checked as they are met: a roster of a million rows is
/// read once and nothing is gathered.
private enum CommandInputs {
    static func text(_ field: String, _ value: String?) throws(RuleViolation) {
        if let value { try RecordRules.checkText(value, field: field) }
    }

    static func date(_ field: String, _ value: CalendarDate?) throws(RuleViolation) {
        if let value { try RecordRules.checkDate(value, field: field) }
    }

    static func check(_ command: RecordCommand) throws(RuleViolation) {
        switch command {
        case .addOfficer(let new):
            try officer(badge: new.badge, lastName: new.lastName, firstName: new.firstName, unit: new.unit, rank: new.rank,
                        email: new.email, login: new.login, hireDate: new.hireDate)
            try text("post_id", new.postID)
        case .editOfficer(let badge, let changes):
            try officer(badge: badge, lastName: changes.lastName, firstName: changes.firstName, unit: changes.unit ?? nil,
                        rank: changes.rank ?? nil, email: changes.email ?? nil, login: changes.login ?? nil,
                        hireDate: changes.hireDate ?? nil)
            try text("post_id", changes.postID ?? nil)
            try date("effective", changes.effectiveOn)
            try date("leave_until", changes.leaveUntil)
        case .separateOfficer(let badge, let on):
            try text("badge", badge)
            try date("on", on)
        case .importOfficers(let rows, _, let effective):
            for row in rows {
                try officer(badge: row.badge, lastName: row.lastName, firstName: row.firstName, unit: row.unit ?? nil,
                            rank: row.rank ?? nil, email: row.email ?? nil, login: row.login ?? nil, hireDate: row.hireDate ?? nil)
                try text("post_id", row.postID ?? nil)
            }
            try date("effective", effective)
        case .assign(let request):
            try text("target", request.target.id)
            switch request.assignee {
            case .officer(let badge): try text("badge", badge)
            case .unit(let unit): try text("unit", unit)
            }
            try date("due_on", request.dueOn)
            try date("assigned_on", request.assignedOn)
            try date("from", request.from)
        case .endAssignment(_, let on), .endWaiver(_, let on), .endProgramAssignment(_, let on):
            try date("on", on)
        case .recordCompletion(let request):
            try check(completion: request)
        case .recordRoster(let roster):
            for entry in roster.entries { try check(completion: entry) }
            if let session = roster.session { try check(session: session) }
        case .voidCompletion(_, let reason):
            try text("reason", reason)
        case .waive(let request):
            try text("badge", request.badge)
            try text("module_id", request.moduleID)
            try text("reason", request.reason)
            try date("from", request.from)
            try date("until", request.until)
        case .createSession(let session):
            try check(session: session)
        case .scheduleClass(let request):
            try text("module_id", request.moduleID)
            try text("instructor", request.instructor)
            try text("location", request.location)
            try date("held_on", request.heldOn)
            for badge in request.enrol { try text("badge", badge) }
        case .cancelClass(_, let on):
            try date("on", on)
        case .enrol(_, let badges):
            for badge in badges { try text("badge", badge) }
        case .markAttendance(let request):
            for badge in request.badges { try text("badge", badge) }
        case .recordClass:
            break
        case .assignProgram(let request):
            try text("program", request.programID)
            switch request.assignee {
            case .officer(let badge): try text("badge", badge)
            case .unit(let unit): try text("unit", unit)
            }
            try date("assigned_on", request.assignedOn)
            try date("from", request.from)
        case .waiveProgram(let request):
            try text("badge", request.badge)
            try text("program", request.programID)
            try text("reason", request.reason)
            try date("from", request.from)
            try date("until", request.until)
        case .grantRole(let login, _), .revokeRole(let login, _):
            try text("login", login)
        case .grantLiaison(let login, let agency):
            try text("login", login)
            try text("agency", agency)
        case .addAgency(let agency):
            try text("agency", agency.id)
            try text("name", agency.name)
        case .recordIncident(let incident):
            try text("badge", incident.badge)
            try date("on", incident.occurredOn)
            try text("note", incident.note)
        case .loadCurriculum:
            break
        case .saveImportMapping(let mapping):
            try text("name", mapping.name)
            for pair in mapping.map.pairs { try text(pair.field, pair.header) }
        case .setUnitSupervisor(let unit, let supervisor):
            try text("unit", unit)
            try text("supervisor", supervisor)
        case .saveSetting(let setting, let value):
            try text(setting.rawValue, value)
        case .recordNotices(let notices):
            for notice in notices {
                try text("badge", notice.key.badge)
                try text("recipient", notice.recipient)
            }
        case .reviewModule(let request):
            try text("module_id", request.moduleID)
            try text("note", request.note)
            if request.note.trimmedWhitespace().isEmpty { throw .emptyField("note") }
        }
    }

    /// An officer's fields, whole (add, import) or the ones a change names (edit).
    private static func officer(
        badge: String, lastName: String?, firstName: String?, unit: String?, rank: String?, email: String?, login: String?,
        hireDate: CalendarDate?
    ) throws(RuleViolation) {
        try text("badge", badge)
        try text("last_name", lastName)
        try text("first_name", firstName)
        try text("unit", unit)
        try text("rank", rank)
        try text("email", email)
        try text("login", login)
        try date("hire_date", hireDate)
    }

    private static func check(completion: CompletionRequest) throws(RuleViolation) {
        try text("badge", completion.badge)
        try text("module_id", completion.moduleID)
        try text("instructor", completion.instructor)
        try date("completed_on", completion.completedOn)
    }

    private static func check(session: SessionRequest) throws(RuleViolation) {
        try text("module_id", session.moduleID)
        try text("instructor", session.instructor)
        try text("location", session.location)
        try date("held_on", session.heldOn)
    }
}
