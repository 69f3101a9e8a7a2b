import ArgumentParser
import MusterCore
import MusterStore

/// `muster assignments list|end`: the assignments over time. Ending one is dated; nothing is deleted.
struct AssignmentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assignments", abstract: "List assignments, or end one on a date.",
        subcommands: [AssignmentsListCommand.self, AssignmentsEndCommand.self])
}

struct AssignmentsListCommand: RecordsCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the assignments in force (with --all, ended ones too).",
        discussion: """
        Columns: id, module or certification, officer or unit, from (first day it applies), due, \\
        new_members_within_days, ended_on (first day it no longer applies), assigned_on (the day it was made).
        """)

    @OptionGroup var store: StoreOptions
    @Option(help: "Only those naming this officer or the unit the officer is in now.") var officer: String?
    @Option(help: "Only those naming this unit.") var unit: String?
    @Flag(help: "Include ended assignments.") var all = false
    @Option(help: ArgumentHelp(OutputFormat.help)) var format: OutputFormat = .table

    var need: AccessNeed { .read(officer.map { .officer(badge: $0) } ?? .visibleRecords) }

    func run() throws {
        let session = try openSession()
        // An officer's login sees the assignments that name it or its unit, read for its badge alone.
        let badge = try officer.map(session.badge) ?? session.access.visibleBadge
        let unit = try self.unit.map(session.unit)
        let records = try session.reads(badge.map { .officer(badge: $0) } ?? .allRecords)
        var assignments = try badge.map { try records.assignments(badge: try session.officer($0).badge) }
            ?? records.allAssignments()
        if let unit { assignments = assignments.filter { $0.assignee == .unit(unit) } }
        if !all { assignments = assignments.filter { $0.endedOn == nil } }
        try RecordPrinter.print(format: format, columns: AssignmentColumns.names,
                                rows: assignments.sorted { $0.id < $1.id }.map(AssignmentColumns.values))
    }
}

struct AssignmentsEndCommand: RecordsCommand {
    static let configuration = CommandConfiguration(
        commandName: "end", abstract: "End an assignment: from --on (default today) it no longer applies.")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The assignment id (see `muster assignments list`).") var id: Int64
    @Option(name: .customLong("on"), help: ArgumentHelp("The first day it no longer applies (default: today).",
                                                         valueName: "YYYY-MM-DD"))
    var endedOn: String?
    @Option(help: "text or json.") var format: DocumentFormat = .text

    var need: AccessNeed { .write(.assign) }

    func run() throws {
        let session = try openSession()
        let day = try DateArgument.parse(endedOn, option: "--on")
        try session.apply([.endAssignment(id: id, on: day)])
        try ResultOutput.print(format, "assignment \(id) ended" + (day.map { " on \($0)" } ?? ""),
                               json: ["id": .integer(id), "ended_on": .string((day ?? .today()).iso)])
    }
}

/// The columns `assignments list` prints, the same in every format.
enum AssignmentColumns {
    static let names = ["id", "module", "certification", "officer", "unit", "from", "due", "new_members_within_days",
                        "ended_on", "assigned_on", "origin"]

    static func values(_ assignment: Assignment) -> [String?] {
        var module: String?, certification: String?, badge: String?, unit: String?
        switch assignment.target {
        case .module(let id): module = id
        case .certification(let id): certification = id
        }
        switch assignment.assignee {
        case .officer(let given): badge = given
        case .unit(let given): unit = given
        }
        return [String(assignment.id), module, certification, badge, unit, assignment.from.iso, assignment.dueOn?.iso,
                String(assignment.newMembersWithinDays), assignment.endedOn?.iso, assignment.assignedOn.iso,
                assignment.origin.rawValue]
    }
}
