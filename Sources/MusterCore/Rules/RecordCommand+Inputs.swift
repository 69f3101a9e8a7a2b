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
        case .addOfficer(let officer):
            try check(officer: officer)
        case .editOfficer(let badge, let changes):
            try text("badge", badge)
            try text("last_name", changes.lastName)
            try text("first_name", changes.firstName)
            try text("unit", changes.unit ?? nil)
            try text("rank", changes.rank ?? nil)
            try text("email", changes.email ?? nil)
            try text("login", changes.login ?? nil)
            try date("hire_date", changes.hireDate ?? nil)
            try date("effective", changes.effectiveOn)
            try date("leave_until", changes.leaveUntil)
        case .separateOfficer(let badge, let on):
            try text("badge", badge)
            try date("on", on)
        case .importOfficers(let rows, _, let effective):
            for row in rows { try check(officer: row.officer(mergedOver: nil)) }
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
        case .endAssignment(_, let on):
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
        case .grantRole(let login, _), .revokeRole(let login, _):
            try text("login", login)
        case .loadCurriculum:
            break
        }
    }

    private static func check(officer: Officer) throws(RuleViolation) {
        try text("badge", officer.badge)
        try text("last_name", officer.lastName)
        try text("first_name", officer.firstName)
        try text("unit", officer.unit)
        try text("rank", officer.rank)
        try text("email", officer.email)
        try text("login", officer.login)
        try date("hire_date", officer.hireDate)
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
