import ArgumentParser
import MusterCore
import MusterStore

struct OfficersEditCommand: RecordsCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit", abstract: "Change an officer's details (only the fields given).",
        discussion: """
        Give an empty value (--unit '') to clear an optional field.
        A unit or status change is a dated fact: statuses on earlier dates keep the
        officer as they were then. Each date is the first day the change holds
        (default today) and may not lie after today.
          --unit X --on DATE               in unit X from DATE
          --status leave --from D1         on leave from D1 through D2 inclusive
                         [--until D2]      (without --until: until they return)
          --status active --on DATE        back from leave, or reinstated after a
                                           separation, from DATE
          --status separated --on DATE     as `officers separate`
        """)

    @OptionGroup var store: StoreOptions
    @Argument(help: "The officer's badge.") var badge: String
    @OptionGroup var fields: OfficerFieldOptions
    @Option(help: ArgumentHelp(
        "The first day a unit or status change holds (default: today).", valueName: "YYYY-MM-DD"))
    var on: String?
    @Option(help: ArgumentHelp("With --status leave: the leave's first day (default: today).", valueName: "YYYY-MM-DD"))
    var from: String?
    @Option(help: ArgumentHelp(
        "With --status leave: the leave's last day, inclusive (default: open until --status active).",
        valueName: "YYYY-MM-DD"))
    var until: String?
    @Option(help: "text or json.") var format: DocumentFormat = .text

    var need: AccessNeed { .write(.manageOfficers) }

    func validate() throws {
        if from != nil || until != nil, fields.status != .leave {
            throw ValidationError("--from and --until date a leave: give them with --status leave")
        }
        if on != nil, from != nil {
            throw ValidationError("give a leave's first day with --from, not --on")
        }
        if on != nil, fields.unit == nil, fields.status == nil {
            throw ValidationError("--on dates a unit or status change: give --unit or --status with it")
        }
    }

    func run() throws {
        let session = try openSession()
        func clearable(_ value: String?) -> String?? { value.map { $0.isEmpty ? String?.none : String?.some($0) } }
        var hireDate: CalendarDate??
        if let text = fields.hireDate {
            hireDate = text.isEmpty ? .some(nil) : .some(try DateArgument.parse(text, option: "--hire-date"))
        }
        let effectiveOn = try DateArgument.parse(from, option: "--from") ?? DateArgument.parse(on, option: "--on")
        let changes = OfficerChanges(
            lastName: fields.lastName, firstName: fields.firstName, unit: clearable(fields.unit), rank: clearable(fields.rank),
            email: clearable(fields.email), login: clearable(fields.login), hireDate: hireDate, status: fields.status,
            effectiveOn: effectiveOn, leaveUntil: try DateArgument.parse(until, option: "--until"),
            postID: clearable(fields.postID))
        let badge = try session.badge(self.badge)
        let results = try session.apply([.editOfficer(badge: badge, changes: changes)])
        let changed = if case .officerEdited(_, let changed)? = results.first { changed } else { true }
        try ResultOutput.print(format, changed ? "updated officer \(badge)" : "officer \(badge) unchanged",
                               json: ["badge": .string(badge), "changed": .bool(changed)])
    }
}

struct OfficersSeparateCommand: RecordsCommand {
    static let configuration = CommandConfiguration(
        commandName: "separate", abstract: "Mark an officer as separated; their history stays.",
        discussion: """
        The separation is a dated fact: the officer is judged on the days before --on
        as they were then, and not from --on on. A completion dated after --on is
        refused. `officers edit BADGE --status active --on DATE` reinstates.
        """)

    @OptionGroup var store: StoreOptions
    @Argument(help: "The officer's badge.") var badge: String
    @Option(help: ArgumentHelp(
        "The first day the officer no longer serves (default: today; not after today, not before the hire date).",
        valueName: "YYYY-MM-DD"))
    var on: String?
    @Option(help: "text or json.") var format: DocumentFormat = .text

    var need: AccessNeed { .write(.manageOfficers) }

    func run() throws {
        let session = try openSession()
        let day = try DateArgument.parse(on, option: "--on")
        let badge = try session.badge(self.badge)
        try session.apply([.separateOfficer(badge: badge, on: day)])
        try ResultOutput.print(format, "officer \(badge) separated" + (day.map { " from \($0)" } ?? ""),
                               json: ["badge": .string(badge), "separated_on": .string((day ?? .today()).iso)])
    }
}
