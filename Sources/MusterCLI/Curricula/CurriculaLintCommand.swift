import ArgumentParser
import Foundation
import MusterCore

/// `muster curricula lint [PATH…]`: every problem in the curricula, as `file:line:column: message`.
struct CurriculaLintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Report every problem in curricula files (exit 1 when there is any).",
        discussion: "With no PATH, checks ./Curricula when it exists, else the curricula shipped inside muster."
    )

    @Argument(help: ArgumentHelp("Curricula folders or single YAML files.", valueName: "PATH"))
    var paths: [String] = []
    @Option(help: "text or json (one object: clean, files, problems as {file, line, column, message}).")
    var format: DocumentFormat = .text

    func run() throws {
        var files: [CurriculaFile] = []
        do {
            if paths.isEmpty {
                files = FileManager.default.fileExists(atPath: "Curricula")
                    ? try CurriculaFile.read(path: "Curricula") : ShippedCurricula.files
            } else {
                for path in paths { files += try CurriculaFile.read(path: path) }
            }
        } catch let error as CurriculaReadError {
            throw MusterFailure.validation(error.description)
        }
        let lint = CurriculumLint.check(files)
        if format == .json {
            try StandardStreams.out(try JSONOutput.string(ResultJSON.object([
                "clean": .bool(lint.isClean), "files": .int(files.count),
                "roster_profiles": .texts(lint.profiles.map(\.id)),
                "problems": .list(lint.diagnostics.map { diagnostic in
                    .object(["file": .string(diagnostic.location.file), "line": .int(diagnostic.location.line),
                             "column": .int(diagnostic.location.column), "message": .string(diagnostic.message)])
                }),
            ])))
            if !lint.isClean { throw ExitCode(1) }
            return
        }
        for diagnostic in lint.diagnostics { try StandardStreams.out(diagnostic.description) }
        let curriculum = lint.curriculum
        let counts = "\(files.count) files: \(curriculum.modules.count) modules (\(curriculum.moduleVersions.count) versions), "
            + "\(curriculum.certifications.count) certifications, \(curriculum.policySources.count) policy sources, "
            + "\(curriculum.requirements.count) requirements, \(curriculum.programs.count) programs, \(lint.profiles.count) roster profiles"
        if lint.isClean {
            try StandardStreams.error("no problems in \(counts)")
        } else {
            try StandardStreams.error("\(lint.diagnostics.count) problem(s) in \(counts)")
            throw ExitCode(1)
        }
    }
}
