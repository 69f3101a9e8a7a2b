import ArgumentParser
import MusterCore

/// `--curricula DIR`, shared by every command that loads curricula.
struct CurriculaOptions: ParsableArguments {
    @Option(name: .customLong("curricula"), help: ArgumentHelp("A curricula folder to use instead of the shipped one.", valueName: "DIR"))
    var directory: String?

    init() {}

    init(directory: String?) {
        self.directory = directory
    }

    func load() throws -> Curriculum {
        do {
            return try CurriculumLoader.load(from: directory)
        } catch let error as CurriculumLoadError {
            throw MusterFailure.validation(error.description)
        } catch let error as CurriculaReadError {
            throw MusterFailure.validation(error.description)
        }
    }
}
