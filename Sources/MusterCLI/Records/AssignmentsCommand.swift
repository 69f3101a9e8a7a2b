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
        Columns: id, module or certification, officer or unit, from (first day it applies), due, \
        new_members_within_days, ended_on (first day it no longer applies), assigned_on (the day it was made), \
        origin, program (a state program's id), kind (module, certification or program). Program assignments \
        are counted apart and listed after the others with ids P1, P2, …: `muster assignments end P1` ends one.
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
        var programs = try badge.map { try records.programAssignments(badge: try session.officer($0).badge) }
            ?? records.allProgramAssignments()
        if let unit {
            assignments = assignments.filter { $0.assignee == .unit(unit) }
            programs = programs.filter { $0.assignee == .unit(unit) }
        }
        if !all {
            assignments = assignments.filter { $0.endedOn == nil }
            programs = programs.filter { $0.endedOn == nil }
        }
        try RecordPrinter.print(format: format, columns: AssignmentColumns.names,
                                rows: assignments.sorted { $0.id < $1.id }.map(AssignmentColumns.values)
                                    + programs.sorted { $0.id < $1.id }.map(AssignmentColumns.values))
    }
}

struct AssignmentsEndCommand: RecordsCommand {
    static let configuration = CommandConfiguration(
        commandName: "end", abstract: "End an assignment: from --on (default today) it no longer applies.")

    @OptionGroup var store: StoreOptions
    @Argument(help: ArgumentHelp("The assignment id as `muster assignments list` prints it: a number, or P and a number "
                                 + "for a program assignment (P3).", valueName: "ID"))
    var id: String
    @Option(name: .customLong("on"), help: ArgumentHelp("The first day it no longer applies (default: today).",
                                                         valueName: "YYYY-MM-DD"))
    var endedOn: String?
    @Option(help: "text or json.") var format: DocumentFormat = .text

    var need: AccessNeed { .write(.assign) }

    func validate() throws {
        guard AssignmentEnding.programID(id) != nil || Int64(id) != nil else {
            throw ValidationError("'\(id)' is not an assignment id: give a number (7), or P and a number for a program (P3)")
        }
    }

    func run() throws {
        let session = try openSession()
        let day = try DateArgument.parse(endedOn, option: "--on")
        let program = AssignmentEnding.programID(id)
        let number = program ?? Int64(id) ?? 0
        try session.apply([program.map { .endProgramAssignment(id: $0, on: day) } ?? .endAssignment(id: number, on: day)])
        let name = program.map(AssignmentEnding.programName) ?? String(number)
        // "assignment" is the id as the list prints it, so a script can tell a program's P3 from assignment 3.
        try ResultOutput.print(format, (program == nil ? "" : "program ") + "assignment \(name) ended" + (day.map { " on \($0)" } ?? ""),
                               json: ["id": .integer(number), "assignment": .string(name), "ended_on": .string((day ?? .today()).iso)])
    }
}

/// The columns `assignments list` prints, the same in every format.
enum AssignmentColumns {
    static let names = ["id", "module", "certification", "officer", "unit", "from", "due", "new_members_within_days",
                        "ended_on", "assigned_on", "origin", "program", "kind"]

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
                assignment.origin.rawValue, nil, module == nil ? "certification" : "module"]
    }

    /// A program's row: no due date or window (its cycles say what is owed and when), no origin.
    static func values(_ assignment: ProgramAssignment) -> [String?] {
        var badge: String?, unit: String?
        switch assignment.assignee {
        case .officer(let given): badge = given
        case .unit(let given): unit = given
        }
        return [AssignmentEnding.programName(assignment.id), nil, nil, badge, unit, assignment.from.iso, nil, nil,
                assignment.endedOn?.iso, assignment.assignedOn.iso, nil, assignment.programID, "program"]
    }
}
