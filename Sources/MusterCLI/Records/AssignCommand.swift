import ArgumentParser
import MusterCore
import MusterStore

/// `muster assign ID (--officer BADGE | --unit UNIT) [--due DATE]`.
struct AssignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assign", abstract: "Assign a module or a certification to an officer or a whole unit.")

    @OptionGroup var store: StoreOptions
    @Argument(help: ArgumentHelp("A module or certification id.", valueName: "MODULE|CERTIFICATION")) var id: String
    @Option(help: "The officer's badge.") var officer: String?
    @Option(help: "Every officer of this unit, now and later.") var unit: String?
    @Option(help: ArgumentHelp("Due date.", valueName: "YYYY-MM-DD")) var due: String?

    func validate() throws {
        guard (officer == nil) != (unit == nil) else { throw ValidationError("give exactly one of --officer BADGE or --unit UNIT") }
    }

    func run() throws {
        let dueOn = try DateArgument.parse(due, option: "--due")
        let session = try Session.open(store)
        let curriculum = try session.curriculum()
        let target: Assignment.Target
        if curriculum.module(id) != nil {
            target = .module(id)
        } else if curriculum.certification(id) != nil {
            target = .certification(id)
        } else {
            throw StoreError.unknownModuleOrCertification(id)
        }
        let assignee: Assignment.Assignee = officer.map { .officer(badge: $0) } ?? .unit(unit ?? "")
        let results = try session.apply([.assign(AssignmentRequest(target: target, assignee: assignee, dueOn: dueOn))])
        let who = officer.map { "officer \($0)" } ?? "unit \(unit ?? "")"
        StandardStreams.out("assignment \(results.first?.createdID.map(String.init) ?? "?"): \(id) to \(who)"
                            + (dueOn.map { ", due \($0)" } ?? ""))
    }
}
