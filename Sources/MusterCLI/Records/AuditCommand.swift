import ArgumentParser
import MusterCore
import MusterReports
import MusterStore

/// `muster audit verify|log`.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "Verify and read the tamper-evident audit trail.",
        subcommands: [AuditVerifyCommand.self, AuditLogCommand.self])
}

struct AuditVerifyCommand: RecordsCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check the audit hash chain and that every record matches its last audit event (exit 1 if not).")
    @OptionGroup var store: StoreOptions

    var need: AccessNeed { .read(.auditTrail) }

    func run() throws {
        let session = try openSession()
        let (report, derived) = try AuditVerification.run(try session.reads(.auditTrail))
        if report.isIntact, derived.isEmpty {
            StandardStreams.out("audit trail intact: \(report.eventsChecked) events, every record matches its last event")
        } else {
            for line in (report.isIntact ? [] : report.lines) + derived { StandardStreams.out(line) }
            throw ExitCode(1)
        }
    }
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
    @Option(help: "table, csv or json.") var format: OutputFormat = .table

    var need: AccessNeed { .read(.auditTrail) }

    func run() throws {
        let session = try openSession()
        let events = try session.reads(.auditTrail).auditLog(limit: limit, offset: offset)
        let columns = ["id", "occurred_at", "actor", "action", "entity", "entity_key", "before", "after", "hash"]
        try RecordPrinter.print(format: format, columns: format == .table ? Array(columns.prefix(6)) : columns, rows: events.map {
            let row: [String?] = [String($0.id), $0.occurredAt, $0.actor, $0.action, $0.entity, $0.entityKey, $0.before, $0.after, $0.hash]
            return format == .table ? Array(row.prefix(6)) : row
        })
    }
}
