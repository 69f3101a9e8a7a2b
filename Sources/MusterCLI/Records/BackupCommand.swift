import ArgumentParser
import MusterCore
import MusterReports
import MusterStore

/// `muster backup FILE`: a verified copy of a live database.
struct BackupCommand: RecordsCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the database, while others keep using it, into FILE and verify the copy.",
        discussion: """
            Uses SQLite's online backup API: the copy is one consistent moment of the database even while other \
            processes write. The copy is written beside FILE, checked (PRAGMA integrity_check and the checks of \
            `muster audit verify`) and only then given FILE's name, readable by you alone. Refuses an existing \
            FILE unless --force, and never writes over the database or its -wal/-shm/-journal files.
            """)

    @OptionGroup var store: StoreOptions
    @Argument(help: ArgumentHelp("Where to write the copy.", valueName: "FILE")) var file: String
    @Flag(help: "Replace FILE if it exists.") var force = false
    @Option(help: "text or json.") var format: DocumentFormat = .text

    var need: AccessNeed { .read(.allRecords) }

    func run() throws {
        let session = try openSession()
        let source = try session.reads(.allRecords)
        _ = try session.reads(.auditTrail)
        try DatabaseBackup.checkDestination(file, database: session.path, force: force)
        let temporary = DatabaseBackup.temporaryPath(for: file)
        // Removed only once this run has created it: a file already at that name is not ours to delete.
        try source.backup(intoNewFile: temporary)
        defer { DatabaseBackup.remove(temporary) }
        let copy = try MusterDatabase.openReadOnly(path: temporary)
        let problems = try copy.integrityProblems()
        guard problems.isEmpty else {
            for line in problems.prefix(20) { try StandardStreams.error(line) }
            throw MusterFailure.storage("the copy failed SQLite's integrity check; \(file) was not written")
        }
        let outcome = try AuditVerification.run(copy, anchors: AuditAnchors())
        try DatabaseBackup.moveIntoPlace(temporary, file)
        guard outcome.isIntact else {
            for line in outcome.problems { try StandardStreams.out(line) }
            try StandardStreams.error("wrote \(file), a faithful copy, but its audit trail does not verify (nor does the database's)")
            throw ExitCode(1)
        }
        try ResultOutput.print(
            format, "backed up \(session.path) to \(file): integrity ok, audit trail intact "
                + "(\(outcome.report.eventsChecked) events, every record matches its last event, the schema is this Muster's)",
            json: ["database": .string(session.path), "backup": .string(file), "integrity_ok": .bool(true),
                   "audit_intact": .bool(true), "events_checked": .int(outcome.report.eventsChecked)])
    }
}
