import ArgumentParser
import Foundation
import MusterCore
import MusterTUI
import NcursesTerminal

/// The `muster` command tree. With no subcommand, `muster` opens the TUI.
public struct MusterCommand: AsyncParsableCommand, RecordsCommand {
    public static let configuration = CommandConfiguration(
        commandName: "muster",
        abstract: "Training-curriculum manager for law-enforcement agencies.",
        discussion: """
        With no subcommand, opens the terminal workspace on the database (--db, $MUSTER_DB, or the default).
        `muster --demo` opens it on a demo agency, created on first use in the data directory.
        Every action of the workspace is also a command below, for scripts and screen readers.
        """,
        subcommands: [
            InitCommand.self, CurriculaCommand.self, OfficersCommand.self, AssignCommand.self, AssignmentsCommand.self,
            RecordCompletionCommand.self,
            VoidCommand.self, WaiveCommand.self, StatusCommand.self, ExportCommand.self, AuditCommand.self, BackupCommand.self,
            UsersCommand.self, DemoCommand.self, KeysCommand.self, SetupCommand.self,
            AgenciesCommand.self, IncidentsCommand.self,
        ]
    )

    @OptionGroup var store: StoreOptions
    @Flag(help: "Open a demo agency (built on first use in the data directory).") var demo = false
    @Option(name: .customLong("as"), help: ArgumentHelp("Preview the officer view of this badge.", valueName: "BADGE"))
    var previewBadge: String?

    public init() {}

    /// A preview reads as a coordinator does; otherwise the login sees what it may: everyone, or itself.
    var need: AccessNeed { .read(previewBadge == nil ? .visibleRecords : .allRecords) }

    public func run() async throws {
        let session = demo ? try DemoDatabase.open(store, for: need) : try openSession()
        if let previewBadge { _ = try session.officer(previewBadge) }
        let client = LiveMusterClient.make(session: session, curriculum: try session.curriculum(), asOf: .today(),
                                           previewBadge: previewBadge)
        let signal: Int32?
        do {
            signal = try await NcursesTerminal.run { terminal in try await MusterApp.run(on: terminal, client: client) }
        } catch let error as NcursesTerminalError {
            throw MusterFailure.validation(error.description)
        }
        if let signal { throw ExitCode(128 + signal) }
    }
}
