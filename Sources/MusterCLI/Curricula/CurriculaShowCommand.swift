import ArgumentParser
import Foundation
import MusterCore

/// `muster curricula show ID`: one module, certification, policy source or requirement in full.
struct CurriculaShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show a module, certification, policy source or requirement.")

    @OptionGroup var curricula: CurriculaOptions
    @OptionGroup var store: StoreOptions
    @Option(help: "text or json.") var format: DocumentFormat = .text
    @Option(help: ArgumentHelp("A module version other than the newest.", valueName: "VERSION"))
    var version: String?
    @Argument(help: "The id to show.") var id: String

    func run() throws {
        let curriculum = try curricula.load()
        if let module = try module(in: curriculum) {
            let trail = try reviewTrail(of: module.id)
            if format == .json {
                let review = trail.map { ReviewTrailJSON.versions($0.reviews, modules: $0.modules) }
                try StandardStreams.out(try JSONOutput.string(ModuleWithReview(module: module, review: review)))
            } else {
                try StandardStreams.out(CurriculumText.module(module, in: curriculum))
                if let trail { try StandardStreams.out("\n" + ReviewTrailText.render(trail.reviews, modules: trail.modules)) }
            }
        } else if let certification = curriculum.certification(id) {
            try StandardStreams.out(format == .json
                ? try JSONOutput.string(certification) : CurriculumText.certification(certification, in: curriculum))
        } else if let source = curriculum.policySource(id) {
            try StandardStreams.out(format == .json ? try JSONOutput.string(source) : CurriculumText.source(source, in: curriculum))
        } else if let requirement = curriculum.requirement(id) {
            try StandardStreams.out(format == .json
                ? try JSONOutput.string(requirement) : CurriculumText.requirement(requirement, in: curriculum))
        } else {
            throw MusterFailure.validation("unknown id '\(id)': not a module, certification, policy source or requirement "
                                           + "(see `muster curricula list`)")
        }
    }

    /// The module's review trail and its loaded versions when there is a database to read them from; nil without one.
    private func reviewTrail(of moduleID: String) throws -> (reviews: [VersionReview], modules: [Module])? {
        let location = try DatabaseLocation.resolve(store, create: false)
        guard FileManager.default.fileExists(atPath: location.path) else { return nil }
        let session = try Session.open(store, for: .read(.curriculumReviews))
        let reviews = try session.reviews(moduleID: moduleID)
        guard !reviews.isEmpty else { return nil }
        return (reviews, Array(try session.curriculum().versions(of: moduleID)))
    }

    private func module(in curriculum: Curriculum) throws -> Module? {
        guard let version else { return curriculum.module(id) }
        guard let parsed = ModuleVersion(version) else {
            throw MusterFailure.usage("--version '\(version)' is not a dotted version such as 2023.1")
        }
        guard let module = curriculum.module(id, version: parsed) else {
            if curriculum.module(id) == nil { return nil }
            let known = curriculum.moduleVersions.filter { $0.id == id }.map(\.version.description).joined(separator: ", ")
            throw MusterFailure.validation("module '\(id)' has no version \(version) (loaded: \(known))")
        }
        return module
    }
}
