import ArgumentParser
import MusterCore
import MusterStore

extension ClassWindow: ExpressibleByArgument {}

/// `muster classes list [--past | --all] [--format table|csv|json]`.
struct ClassesListCommand: RecordsCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List class sessions: upcoming ones by default, soonest first.")

    @OptionGroup var store: StoreOptions
    @Flag(help: "Sessions held before today (newest first), cancelled ones included.") var past = false
    @Flag(help: "Every session ever scheduled or recorded (newest first).") var all = false
    @Option(help: ArgumentHelp("Judge upcoming and past as of this day (default: today).", valueName: "YYYY-MM-DD"))
    var asOf: String?
    @Option(help: ArgumentHelp(OutputFormat.help)) var format: OutputFormat = .table

    var need: AccessNeed { .read(.allRecords) }

    static let columns = ["id", "module_id", "held_on", "starts_at", "location", "instructor", "capacity", "enrolled",
                          "cancelled_on"]

    func validate() throws {
        if past && all { throw ValidationError("give at most one of --past and --all") }
    }

    func run() throws {
        let session = try openSession()
        let day = try DateArgument.parse(asOf, option: "--as-of") ?? .today()
        let window: ClassWindow = all ? .all : past ? .past : .upcoming
        let sessions = try session.reads(.allRecords).scheduledClasses(window, asOf: day, limit: Int.max)
        if sessions.isEmpty && format == .table {
            try StandardStreams.out(window == .upcoming
                ? "no upcoming classes; schedule one with `muster classes add MODULE --on YYYY-MM-DD`"
                : "no classes")
            return
        }
        try RecordPrinter.print(format: format, columns: Self.columns, rows: sessions.map { session in
            [String(session.id), session.moduleID, session.heldOn.iso, session.startsAt?.description, session.location,
             session.instructor, session.capacity.map(String.init), String(session.enrolled), session.cancelledOn?.iso]
        })
    }
}

/// `muster classes show ID [--format text|json]`: the session, who is enrolled and their attendance.
struct ClassesShowCommand: RecordsCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show a class session, who is enrolled and their attendance.")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The session's id.") var id: Int64
    @Option(help: "text or json.") var format: DocumentFormat = .text

    var need: AccessNeed { .read(.allRecords) }

    func run() throws {
        let session = try openSession()
        let store = try session.reads(.allRecords)
        let scheduled = try session.scheduledClass(id)
        let enrolments = try store.enrolments(sessionID: id)
        switch format {
        case .json:
            try StandardStreams.out(try JSONOutput.string(ClassJSON(session: scheduled, enrolments: enrolments)))
        case .text:
            var lines = [ClassText.summary(scheduled),
                         "seats: \(ClassText.seats(scheduled))" + (scheduled.capacity == nil ? " (no limit)" : "")]
            if let cancelled = scheduled.cancelledOn { lines.append("CANCELLED on \(cancelled)") }
            lines.append("")
            if enrolments.isEmpty {
                lines.append("nobody enrolled; enrol with `muster classes enrol \(id) BADGE…`")
            } else {
                var table = TextTable(["BADGE", "NAME", "ENROLLED", "ATTENDANCE", "SCORE"])
                for enrolment in enrolments {
                    let name = try store.officer(badge: enrolment.badge)?.displayName ?? ""
                    table.append([enrolment.badge, name, enrolment.enrolledOn.iso,
                                  enrolment.attendance?.rawValue ?? "not marked", enrolment.score.map(String.init) ?? ""])
                }
                lines.append(table.render())
            }
            try StandardStreams.out(lines.joined(separator: "\n"))
        }
    }
}

/// The JSON shape of `classes show`.
struct ClassJSON: Encodable {
    var session: ScheduledClass
    var enrolments: [ClassEnrolment]
}
