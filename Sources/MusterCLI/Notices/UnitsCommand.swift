import ArgumentParser
import MusterCore
import MusterReports
import MusterStore

/// `muster units …`: the units officers belong to, and who supervises each (for notice digests).
struct UnitsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "units", abstract: "List units and set each unit's supervisor.",
        subcommands: [UnitsListCommand.self, UnitsEditCommand.self])
}

struct UnitsListCommand: RecordsCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List units with their supervisor.")

    @OptionGroup var store: StoreOptions
    @Option(help: ArgumentHelp(OutputFormat.help)) var format: OutputFormat = .table

    var need: AccessNeed { .read(.allRecords) }

    func run() throws {
        let session = try openSession()
        let store = try session.reads(.allRecords)
        let supervisors = try store.unitSupervisors()
        let units = Set(try store.units()).union(supervisors.keys).sorted()
        try RecordPrinter.print(format: format, columns: ["unit", "supervisor"],
                                rows: units.map { [$0, supervisors[$0]] })
    }
}

struct UnitsEditCommand: RecordsCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit", abstract: "Set or clear a unit's supervisor.",
        discussion: """
        The supervisor receives the unit's digest from `muster notices`: an e-mail address, or a login (the \
        e-mail of the officer with that login, or the login itself for local mail). --supervisor "" clears it.
        The unit is matched without regard to case and spacing among the units officers are in.
        """)

    @OptionGroup var store: StoreOptions
    @Argument(help: "The unit.") var unit: String
    @Option(help: ArgumentHelp("A login or an e-mail address.", valueName: "LOGIN|ADDRESS")) var supervisor: String

    var need: AccessNeed { .write(.manageOfficers) }

    func validate() throws {
        if !supervisor.isEmpty, MailAddress(address: supervisor) == nil {
            throw ValidationError("--supervisor: '\(supervisor)' is neither a login nor an e-mail address")
        }
    }

    func run() throws {
        let session = try openSession()
        let units = try session.reads(.allRecords).units()
        let folded = { (text: String) in text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        guard let stored = units.first(where: { folded($0) == folded(unit) }) else {
            throw MusterFailure.validation("no officer is in unit '\(unit)'; units: "
                + (units.isEmpty ? "none yet" : units.joined(separator: ", ")))
        }
        let results = try session.apply([.setUnitSupervisor(unit: stored, supervisor: supervisor.isEmpty ? nil : supervisor)])
        let changed = results.first.map { if case .unitSupervisorSet(_, let changed) = $0 { changed } else { false } } ?? false
        let what = supervisor.isEmpty ? "no supervisor" : "supervisor \(supervisor)"
        try StandardStreams.out(changed ? "\(stored): \(what)" : "\(stored) already has \(what)")
    }
}
