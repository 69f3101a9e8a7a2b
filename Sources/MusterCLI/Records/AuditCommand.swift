import ArgumentParser
import MusterCore
import MusterStore

/// `muster audit verify|log|head|keygen`.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "Verify, read, anchor and sign the tamper-evident audit trail.",
        subcommands: [AuditVerifyCommand.self, AuditLogCommand.self, AuditHeadCommand.self, AuditKeygenCommand.self])
}

struct AuditLogCommand: RecordsCommand {
    static let configuration = CommandConfiguration(
        commandName: "log", abstract: "Show audit events, newest first.",
        discussion: """
            `before` and `after` (csv and json) are the record's columns as canonical JSON, keys in name order; a \
            column with no value is left out. `hash` is the SHA-256 over the event and the hash of the event \
            before it.
            """)
    @OptionGroup var store: StoreOptions
    @Option(help: "How many events.") var limit = 50
    @Option(help: "Skip this many of the newest events.") var offset = 0
    @Option(help: ArgumentHelp(OutputFormat.help)) var format: OutputFormat = .table
    @Option(help: ArgumentHelp("Only events about this officer's own records (the officer, their completions, waivers, "
                               + "dated facts and assignments).", valueName: "BADGE"))
    var officer: String?
    @Option(help: ArgumentHelp("Only events by this login.", valueName: "LOGIN")) var actor: String?
    @Option(help: ArgumentHelp("Only events of this action (as the action column shows it, e.g. recordCompletion).",
                               valueName: "ACTION"))
    var action: String?
    @Option(help: ArgumentHelp("Only events on or after this day (UTC).", valueName: "YYYY-MM-DD")) var from: String?
    @Option(help: ArgumentHelp("Only events on or before this day (UTC).", valueName: "YYYY-MM-DD")) var to: String?

    var need: AccessNeed { .read(.auditTrail) }

    func run() throws {
        let session = try openSession()
        let filter = AuditLogFilter(badge: officer, actor: actor, action: action,
                                    from: try DateArgument.parse(from, option: "--from"),
                                    to: try DateArgument.parse(to, option: "--to"))
        let events = try session.reads(.auditTrail).auditLog(filter, limit: limit, offset: offset)
        let columns = ["id", "occurred_at", "actor", "action", "entity", "entity_key", "before", "after", "hash"]
        try RecordPrinter.print(format: format, columns: format == .table ? Array(columns.prefix(6)) : columns, rows: events.map {
            let row: [String?] = [String($0.id), $0.occurredAt, $0.actor, $0.action, $0.entity, $0.entityKey, $0.before, $0.after, $0.hash]
            return format == .table ? Array(row.prefix(6)) : row
        })
    }
}
