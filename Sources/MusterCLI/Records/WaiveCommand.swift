import ArgumentParser
import MusterCore
import MusterStore

/// `muster waive MODULE --officer BADGE --reason TEXT [--from DATE] [--until DATE]`.
struct WaiveCommand: RecordsCommand {
    static let configuration = CommandConfiguration(
        commandName: "waive", abstract: "Waive a module or a state program for an officer over a period, with the reason on record.",
        discussion: """
        A program waiver (military or medical leave) needs --from and --until: with the program's \
        `waivers: { prorate: true }` the whole months it covers come off the cycle's hours; otherwise it excuses the \
        cycle's hours outright. Minimums the program names in `never` are not reduced.
        """)

    @OptionGroup var store: StoreOptions
    @Argument(help: ArgumentHelp("The module or program id.", valueName: "MODULE|PROGRAM")) var module: String
    @Option(help: "The officer's badge.") var officer: String
    @Option(help: "Why it is waived.") var reason: String
    @Option(help: ArgumentHelp("First day (default: today).", valueName: "YYYY-MM-DD")) var from: String?
    @Option(help: ArgumentHelp("Last day (default: open-ended).", valueName: "YYYY-MM-DD")) var until: String?
    @Option(help: "text or json.") var format: DocumentFormat = .text

    var need: AccessNeed { .write(.waive) }

    func run() throws {
        let session = try openSession()
        if try session.curriculum().program(module) != nil { return try waiveProgram(session) }
        let officer = try session.badge(self.officer)
        let request = WaiverRequest(
            badge: officer, moduleID: module, reason: reason, from: try DateArgument.parse(from, option: "--from"),
            until: try DateArgument.parse(until, option: "--until"))
        try session.apply([.waive(request)]) { results in
            try ResultOutput.render(
                format, "waiver \(results.first?.createdID.map(String.init) ?? "?"): \(module) for officer \(officer)",
                json: ["id": results.first?.createdID.map { .integer($0) } ?? .null, "module_id": .string(module),
                       "officer": .string(officer), "from": .text(request.from?.iso), "until": .text(request.until?.iso)])
        }
    }

    private func waiveProgram(_ session: Session) throws {
        guard let fromDay = try DateArgument.parse(from, option: "--from"),
              let untilDay = try DateArgument.parse(until, option: "--until") else {
            throw ValidationError("a program waiver needs --from and --until (the months it covers come off the cycle)")
        }
        let officer = try session.badge(self.officer)
        let request = ProgramWaiverRequest(badge: officer, programID: module, reason: reason, from: fromDay, until: untilDay)
        try session.apply([.waiveProgram(request)]) { results in
            try ResultOutput.render(
                format, "program waiver \(results.first?.createdID.map(String.init) ?? "?"): \(module) for officer \(officer), \(fromDay) to \(untilDay)",
                json: ["id": results.first?.createdID.map { .integer($0) } ?? .null, "program": .string(module),
                       "officer": .string(officer), "from": .string(fromDay.iso), "until": .string(untilDay.iso)])
        }
    }
}
