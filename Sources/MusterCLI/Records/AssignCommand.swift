import ArgumentParser
import MusterCore
import MusterStore

/// `muster assign ID (--officer BADGE | --unit UNIT) [--due DATE] [--from DATE] [--new-members-within DAYS]`.
struct AssignCommand: RecordsCommand {
    static let configuration = CommandConfiguration(
        commandName: "assign", abstract: "Assign a module, a certification or a state program to an officer or a whole unit.",
        discussion: """
        The assignment applies from --from (default: today), never before. Officers in its scope on that day owe \
        it by --due; one who comes into scope later (hired, or joined the unit) owes it --new-members-within days \
        after that day (default 90). End it with `muster assignments end ID`. A program (Curricula/programs/) \
        takes only --from: its cycles say what is owed and when (`muster status --programs`); it is listed and \
        ended as P1, P2, … (`muster assignments end P1`).
        """)

    @OptionGroup var store: StoreOptions
    @Argument(help: ArgumentHelp("A module, certification or program id.", valueName: "MODULE|CERTIFICATION|PROGRAM")) var id: String
    @Option(help: "The officer's badge.") var officer: String?
    @Option(help: "Every officer of this unit, now and later.") var unit: String?
    @Option(help: ArgumentHelp("Due date.", valueName: "YYYY-MM-DD")) var due: String?
    @Option(help: ArgumentHelp("The first day it applies (default: today; may be later).", valueName: "YYYY-MM-DD"))
    var from: String?
    @Option(help: ArgumentHelp("Days an officer who comes into scope later has to meet it (default 90, at most 3650).",
                               valueName: "DAYS"))
    var newMembersWithin: Int?
    @Option(help: "text or json.") var format: DocumentFormat = .text

    var need: AccessNeed { .write(.assign) }

    func validate() throws {
        guard (officer == nil) != (unit == nil) else { throw ValidationError("give exactly one of --officer BADGE or --unit UNIT") }
    }

    func run() throws {
        let session = try openSession()
        let dueOn = try DateArgument.parse(due, option: "--due")
        let fromDay = try DateArgument.parse(from, option: "--from")
        let curriculum = try session.curriculum()
        if curriculum.program(id) != nil { return try assignProgram(session, from: fromDay, due: dueOn) }
        let target: Assignment.Target
        if curriculum.module(id) != nil {
            target = .module(id)
        } else if curriculum.certification(id) != nil {
            target = .certification(id)
        } else {
            throw StoreError.unknownModuleOrCertification(id)
        }
        let officer = try self.officer.map(session.badge)
        let unit = try self.unit.map(session.unit)
        let assignee: Assignment.Assignee = officer.map { .officer(badge: $0) } ?? .unit(unit ?? "")
        let who = officer.map { "officer \($0)" } ?? "unit \(unit ?? "")"
        try session.apply([.assign(AssignmentRequest(
            target: target, assignee: assignee, dueOn: dueOn, from: fromDay, newMembersWithinDays: newMembersWithin))]) { results in
            let what = "\(id) to \(who)" + (dueOn.map { ", due \($0)" } ?? "") + (fromDay.map { ", from \($0)" } ?? "")
            var existing: Int64?
            if case .alreadyAssigned(let id) = results.first { existing = id }
            let id = existing ?? results.first?.createdID
            return try ResultOutput.render(
                format,
                existing.map { "already assigned: assignment \($0) (\(what)) is in force; nothing written" }
                    ?? "assignment \(id.map(String.init) ?? "?"): \(what)",
                json: ["id": id.map { .integer($0) } ?? .null, "target": .string(self.id), "already_assigned": .bool(existing != nil),
                       "officer": .text(officer), "unit": .text(unit), "due_on": .text(dueOn?.iso), "from": .text(fromDay?.iso)])
        }
    }

    private func assignProgram(_ session: Session, from fromDay: CalendarDate?, due: CalendarDate?) throws {
        guard due == nil, newMembersWithin == nil else {
            throw ValidationError("a program takes no --due or --new-members-within: its cycles say what is owed and when")
        }
        let officer = try self.officer.map(session.badge)
        let unit = try self.unit.map(session.unit)
        let assignee: Assignment.Assignee = officer.map { .officer(badge: $0) } ?? .unit(unit ?? "")
        let who = officer.map { "officer \($0)" } ?? "unit \(unit ?? "")"
        try session.apply([.assignProgram(ProgramAssignmentRequest(programID: id, assignee: assignee, from: fromDay))]) { results in
            let created = results.first?.createdID
            // Named as `assignments list` prints it and `assignments end` takes it: P and the program assignment's id.
            return try ResultOutput.render(
                format, "program assignment \(created.map(AssignmentEnding.programName) ?? "?"): \(id) to \(who)"
                    + (fromDay.map { ", from \($0)" } ?? ""),
                json: ["id": created.map { .integer($0) } ?? .null, "assignment": created.map { .string(AssignmentEnding.programName($0)) } ?? .null,
                       "program": .string(id),
                       "officer": .text(officer), "unit": .text(unit), "from": .text(fromDay?.iso)])
        }
    }
}
