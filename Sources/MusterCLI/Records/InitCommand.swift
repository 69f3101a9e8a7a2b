import ArgumentParser
import MusterCore
import MusterStore

/// `muster init`: creates the database, loads the curricula, and makes the invoking login a coordinator.
struct InitCommand: RecordsCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create the database, load the curricula and make you a coordinator.",
        discussion: "Safe to run again: new curriculum versions are added, nothing is replaced."
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var curricula: CurriculaOptions
    @Option(help: "text or json.") var format: DocumentFormat = .text

    var need: AccessNeed { .write(.manageUsers) }

    func run() throws {
        let session = try openSession(create: true)
        if !session.access.roles.contains(.coordinator) {
            throw MusterFailure.validation(
                "\(session.path) already has users; only a coordinator may run `muster init` on it (login '\(session.login)' is not one)")
        }
        let curriculum = try curricula.load()
        let results = try session.apply([.loadCurriculum(curriculum), .grantRole(login: session.login, role: .coordinator)])
        var lines = ["database: \(session.path)"]
        var json: [String: ResultJSON] = ["database": .string(session.path), "login": .string(session.login)]
        for result in results {
            switch result {
            case .curriculumLoaded(let summary):
                lines.append(CurriculumLoadText.describe(summary))
                json["curricula"] = CurriculumLoadText.json(summary)
            case .roleGranted(let login, _, let changed):
                lines.append(changed ? "login '\(login)' is now a coordinator" : "login '\(login)' was already a coordinator")
                json["coordinator_granted"] = .bool(changed)
            default: break
            }
        }
        try ResultOutput.print(format, lines.joined(separator: "\n"), json: json)
    }
}

/// `muster curricula load [DIR]`: adds new module versions and curriculum entries to the database.
struct CurriculaLoadCommand: RecordsCommand {
    static let configuration = CommandConfiguration(
        commandName: "load",
        abstract: "Load curricula into the database; new versions are added, old ones never replaced.")

    @OptionGroup var store: StoreOptions
    @Argument(help: ArgumentHelp("A curricula folder (default: the shipped curricula).", valueName: "DIR"))
    var directory: String?
    @Option(help: "text or json.") var format: DocumentFormat = .text

    var need: AccessNeed { .write(.loadCurricula) }

    func run() throws {
        let session = try openSession()
        let curriculum = try CurriculaOptions(directory: directory).load()
        for result in try session.apply([.loadCurriculum(curriculum)]) {
            if case .curriculumLoaded(let summary) = result {
                try ResultOutput.print(format, CurriculumLoadText.describe(summary), json: ["curricula": CurriculumLoadText.json(summary)])
            }
        }
    }
}

enum CurriculumLoadText {
    static func describe(_ summary: CurriculumLoadSummary) -> String {
        var text = "curricula: \(summary.addedModuleVersions.count) module version(s) added, "
            + "\(summary.unchangedModuleVersions) already loaded, \(summary.addedEntries.count) other entries added or updated"
        if !summary.addedModuleVersions.isEmpty {
            text += "\n  added: " + summary.addedModuleVersions.joined(separator: ", ")
        }
        return text
    }

    static func json(_ summary: CurriculumLoadSummary) -> ResultJSON {
        .object([
            "added_module_versions": .texts(summary.addedModuleVersions),
            "unchanged_module_versions": .int(summary.unchangedModuleVersions),
            "added_entries": .texts(summary.addedEntries),
            "kept_conflicting_versions": .texts(summary.keptConflictingVersions),
        ])
    }
}
