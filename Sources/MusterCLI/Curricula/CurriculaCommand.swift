import ArgumentParser

/// `muster curricula …`: inspect and check the curriculum definitions.
struct CurriculaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "curricula",
        abstract: "Check, list and trace the curriculum definitions.",
        subcommands: [CurriculaLintCommand.self, CurriculaListCommand.self, CurriculaShowCommand.self,
                      CurriculaCoverageCommand.self, CurriculaLoadCommand.self, CurriculaReviewCommand.self]
    )
}
