import ArgumentParser
import MusterCore
import MusterStore

struct OfficersShowCommand: RecordsCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one officer, their service history and their training history.",
        discussion: """
        Service history lists the officer's dated facts: unit moves ("2026-03-01 moved from Patrol to Traffic"),
        leaves with their first and last day ("leave 2026-05-01 – 2026-06-30"), returns, separations and
        reinstatements, each dated by the first day it holds. JSON gives them under "history".
        """)

    @OptionGroup var store: StoreOptions
    @Argument(help: "The officer's badge.") var badge: String
    @Option(help: "text or json.") var format: DocumentFormat = .text

    var need: AccessNeed { .read(.officer(badge: badge)) }

    func run() throws {
        let session = try openSession()
        let officer = try session.officer(badge)
        let badge = officer.badge
        let store = try session.reads(.officer(badge: badge))
        let completions = try store.completions(badge: badge)
        let waivers = try store.waivers(badge: badge)
        let facts = try store.facts(badge: badge)
        switch format {
        case .json:
            try StandardStreams.out(try JSONOutput.string(OfficerJSON(
                officer: officer, completions: completions, waivers: waivers, history: facts)))
        case .text:
            var lines = [
                "\(officer.displayName)  (badge \(officer.badge))",
                "unit: \(officer.unit ?? "—")   rank: \(officer.rank ?? "—")   status: \(OfficerTimeline(officer: officer, facts: facts).status(on: .today()).rawValue)",
                "email: \(officer.email ?? "—")   login: \(officer.login ?? "—")   hired: \(officer.hireDate?.iso ?? "—")",
                "post id: \(officer.postID ?? "—")",
            ]
            if !facts.isEmpty {
                lines += ["", "Service history:"] + ServiceHistoryText.lines(officer: officer, facts: facts).map { "  \($0)" }
            }
            lines += ["", "History:"]
            var table = TextTable(["ID", "MODULE", "VERSION", "COMPLETED", "RESULT", "SCORE", "NOTE"])
            for record in completions {
                let completion = record.completion
                table.append([String(completion.id), completion.moduleID, completion.moduleVersion.description,
                              completion.completedOn.iso, completion.result.rawValue, completion.score.map(String.init) ?? "",
                              completion.voidReason.map { "VOIDED: \($0)" } ?? ""])
            }
            lines.append(completions.isEmpty ? "  no completions recorded" : table.render())
            if !waivers.isEmpty {
                lines += ["", "Waivers:"] + waivers.map {
                    "  #\($0.id) \($0.moduleID) from \($0.from) until \($0.until?.iso ?? "open-ended") — \($0.reason)"
                }
            }
            try StandardStreams.out(lines.joined(separator: "\n"))
        }
    }
}

/// The JSON shape of `officers show`.
struct OfficerJSON: Encodable {
    var officer: Officer
    var completions: [Completion]
    var waivers: [Waiver]
    /// The officer's dated facts, oldest first.
    var history: [OfficerFact]

    init(officer: Officer, completions: [CompletionRecord], waivers: [Waiver], history: [OfficerFact]) {
        self.officer = officer
        self.completions = completions.map(\.completion)
        self.waivers = waivers
        self.history = history
    }
}
