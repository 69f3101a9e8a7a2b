import ArgumentParser
import MusterCore
import MusterStore

/// `muster incidents add|list`: events that trigger training (`Curricula/triggers.yaml`).
struct IncidentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "incidents", abstract: "Record and list incidents, which assign the training they trigger.",
        discussion: """
            Each trigger in the curricula's triggers.yaml turns an incident of its kind into an assignment of one \
            module, due within_days after the incident, with origin remedial or post-incident (`status --origin`). \
            Notes are shown to coordinators and auditors only.
            """,
        subcommands: [IncidentsAddCommand.self, IncidentsListCommand.self])
}

extension IncidentKind: ExpressibleByArgument {}
extension AssignmentOrigin: ExpressibleByArgument {}

struct IncidentsAddCommand: RecordsCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Record an incident.")
    @OptionGroup var store: StoreOptions
    @Option(help: "The officer's badge.") var officer: String
    @Option(name: .customLong("on"), help: ArgumentHelp("The day it happened.", valueName: "YYYY-MM-DD")) var occurredOn: String
    @Option(help: "use-of-force, failed-qualification, critical-incident or complaint-sustained.") var kind: IncidentKind
    @Option(help: "What happened (coordinators and auditors only).") var note: String?
    @Option(help: ArgumentHelp(OutputFormat.help)) var format: OutputFormat = .table

    var need: AccessNeed { .write(.recordIncidents) }

    func run() throws {
        let session = try openSession()
        guard let day = try DateArgument.parse(occurredOn, option: "--on") else { throw MusterFailure.usage("--on is required") }
        let request = IncidentRequest(badge: officer, occurredOn: day, kind: kind, note: note)
        guard format == .table else {
            let results = try session.apply([.recordIncident(request)])
            guard case .incidentRecorded(let outcome)? = results.first else { return }
            return try RecordPrinter.print(
                format: format, columns: ["incident", "assignment", "trigger", "module", "due", "origin"],
                rows: outcome.assignments.map {
                    [String(outcome.id), String($0.assignmentID), $0.trigger, $0.moduleID, $0.dueOn.iso, $0.origin.rawValue]
                })
        }
        // The id and the assignments are printed before the commit: a failed print stores nothing.
        _ = try session.apply([.recordIncident(request)]) { results in
            guard case .incidentRecorded(let outcome)? = results.first else { return "" }
            return Self.words(outcome)
        }
    }

    private static func words(_ outcome: IncidentOutcome) -> String { (["recorded incident \(outcome.id)"] + outcome.assignments.map {
            "assigned \($0.moduleID) (\($0.origin.rawValue), trigger \($0.trigger)) due \($0.dueOn): assignment \($0.assignmentID)"
        }).joined(separator: "\n")
    }
}

struct IncidentsListCommand: RecordsCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List incidents, oldest first.")
    @OptionGroup var store: StoreOptions
    @Option(help: "Only this officer.") var officer: String?
    @Option(help: ArgumentHelp(OutputFormat.help)) var format: OutputFormat = .table

    var need: AccessNeed { .read(officer.map { .officer(badge: $0) } ?? .visibleRecords) }

    func run() throws {
        let session = try openSession()
        let badge = officer ?? session.access.visibleBadge
        let store = try session.reads(badge.map { .officer(badge: $0) } ?? .visibleRecords)
        let filter = OfficerFilter(badge: badge, agency: badge == nil ? try AgencyArgument.scope(nil, for: session) : nil)
        let incidents = try store.incidents(filter, as: session.access)
        try RecordPrinter.print(
            format: format, columns: ["id", "badge", "on", "kind", "note", "recorded_by", "recorded_at"],
            rows: incidents.map { [String($0.id), $0.badge, $0.occurredOn.iso, $0.kind.rawValue, $0.note, $0.recordedBy, $0.recordedAt] })
    }
}
