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
        Every action of the workspace is also a command below, for scripts and screen readers. Clicks select
        tabs and rows (a click on the selected row opens it); hold Shift to select text, or pass --no-mouse.
        """,
        version: MusterVersion.current,
        subcommands: [
            InitCommand.self, CurriculaCommand.self, OfficersCommand.self, AssignCommand.self, AssignmentsCommand.self,
            RecordCompletionCommand.self, ClassesCommand.self,
            VoidCommand.self, WaiveCommand.self, WaiversCommand.self, StatusCommand.self, ExportCommand.self, AuditCommand.self, BackupCommand.self,
            UsersCommand.self, DemoCommand.self, KeysCommand.self, SetupCommand.self,
            NoticesCommand.self, UnitsCommand.self, PlanCommand.self, AgenciesCommand.self, IncidentsCommand.self,
        ]
    )

    @OptionGroup var store: StoreOptions
    @Flag(help: "Open a demo agency (built on first use in the data directory).") var demo = false
    @OptionGroup var asOption: AsOption
    var previewBadge: String? { asOption.value }
    @Flag(help: "Leave the mouse to the terminal (clicks then select text instead of rows and tabs).") var noMouse = false

    public init() {}

    /// A preview reads as a coordinator does; otherwise the login sees what it may: everyone, or itself.
    var need: AccessNeed { .read(previewBadge == nil ? .visibleRecords : .allRecords) }

    public func run() async throws {
        let session = demo ? try DemoDatabase.open(store, for: need) : try openSession()
        // The badge as stored, however it was typed (`4007` for `04007`).
        let previewBadge = try self.previewBadge.map { try session.officer($0).badge }
        var client = LiveMusterClient.make(session: session, curriculum: try session.curriculum(), asOf: .today(),
                                           previewBadge: previewBadge)
        client.reviews = try session.reviews(moduleID: nil).filter { $0.approval != .approvedAtLoad }
        let signal: Int32?
        do {
            signal = try await NcursesTerminal.run(mouse: !noMouse) { terminal in try await MusterApp.run(on: terminal, client: client) }
        } catch let error as NcursesTerminalError {
            throw MusterFailure.validation(error.description)
        }
        if let signal { throw ExitCode(128 + signal) }
    }
}
