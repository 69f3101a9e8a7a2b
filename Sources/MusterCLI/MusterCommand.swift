import ArgumentParser

/// The `muster` command tree.
public struct MusterCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "muster",
        abstract: "Training-curriculum manager for law-enforcement agencies.",
        subcommands: [CurriculaCommand.self]
    )

    public init() {}
}
