import ArgumentParser
import MusterCore

/// `muster curricula list`: modules by area, then certifications.
struct CurriculaListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List modules (newest versions, by area) and certifications.")

    @OptionGroup var curricula: CurriculaOptions
    @Option(help: "text or json.") var format: DocumentFormat = .text

    func run() throws {
        let curriculum = try curricula.load()
        switch format {
        case .json:
            try StandardStreams.out(try JSONOutput.string(CurriculumListing(curriculum)))
        case .text:
            try StandardStreams.out(CurriculumText.listing(curriculum))
        }
    }
}

/// The JSON shape of `curricula list`.
struct CurriculumListing: Encodable {
    var modules: [Module]
    var certifications: [Certification]

    init(_ curriculum: Curriculum) {
        modules = curriculum.modules
        certifications = curriculum.certifications
    }
}
