import ArgumentParser
import MusterCore
import MusterStore

/// `muster waive MODULE --officer BADGE --reason TEXT [--from DATE] [--until DATE]`.
struct WaiveCommand: RecordsCommand {
    static let configuration = CommandConfiguration(
        commandName: "waive", abstract: "Waive a module for an officer over a period, with the reason on record.")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The module id.") var module: String
    @Option(help: "The officer's badge.") var officer: String
    @Option(help: "Why it is waived.") var reason: String
    @Option(help: ArgumentHelp("First day (default: today).", valueName: "YYYY-MM-DD")) var from: String?
    @Option(help: ArgumentHelp("Last day (default: open-ended).", valueName: "YYYY-MM-DD")) var until: String?
    @Option(help: "text or json.") var format: DocumentFormat = .text

    var need: AccessNeed { .write(.waive) }

    func run() throws {
        let session = try openSession()
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
}
