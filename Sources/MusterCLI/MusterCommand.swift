import ArgumentParser

/// The `muster` command tree.
public struct MusterCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "muster",
        abstract: "Training-curriculum manager for law-enforcement agencies.",
        subcommands: [
            InitCommand.self, CurriculaCommand.self, OfficersCommand.self, AssignCommand.self, RecordCompletionCommand.self,
            VoidCommand.self, WaiveCommand.self, StatusCommand.self, ExportCommand.self, AuditCommand.self, UsersCommand.self,
            DemoCommand.self,
        ]
    )

    public init() {}
}
