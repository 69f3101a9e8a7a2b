import ArgumentParser
import MusterCore

/// `muster curricula coverage`: requirement → sources → modules, exit 1 when a requirement is uncovered.
struct CurriculaCoverageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coverage",
        abstract: "Trace every policy requirement to its sources and the modules that train it.",
        discussion: """
            Requirements are shown binding (a binding document in force states them), recommended only (only \
            recommendations stand behind them: voluntary programmes, or a requirement stated 'binding: recommended') \
            or historical (no source still stands). Exits 1 when any requirement has no module.
            """
    )

    @OptionGroup var curricula: CurriculaOptions
    @Option(help: "text or json.") var format: DocumentFormat = .text
    @Option(name: .customLong("as-of"), help: ArgumentHelp("Judge which sources bind on this date.", valueName: "YYYY-MM-DD"))
    var asOf: String?

    func run() throws {
        let curriculum = try curricula.load()
        let matrix = CoverageMatrix(curriculum: curriculum, asOf: try DateArgument.parse(asOf, option: "--as-of") ?? .today())
        switch format {
        case .json: try StandardStreams.out(try JSONOutput.string(CoverageJSON(matrix)))
        case .text: try StandardStreams.out(CoverageText.render(matrix, curriculum: curriculum))
        }
        if !matrix.uncovered.isEmpty { throw ExitCode(1) }
    }
}

/// The JSON shape of `curricula coverage`.
struct CoverageJSON: Encodable {
    struct Row: Encodable {
        var id: String
        var requirement: String
        var sources: [Source]
        var binding: String
        var modules: [String]
        var historical: Bool
        var covered: Bool
    }

    struct Source: Encodable {
        var id: String
        var status: String
        /// Whether the document stands on the as-of date (a voluntary one stands but recommends).
        var binds: Bool
        var note: String?
    }

    var asOf: String
    var requirements: [Row]

    init(_ matrix: CoverageMatrix) {
        asOf = matrix.asOf.iso
        requirements = matrix.rows.map { row in
            Row(id: row.requirement.id, requirement: row.requirement.requirement,
                sources: row.sources.map {
                    Source(id: $0.id, status: $0.status.rawValue, binds: $0.stands(on: matrix.asOf), note: $0.note)
                },
                binding: row.binding.rawValue, modules: row.modules.map(\.id), historical: row.isHistorical, covered: row.isCovered)
        }
    }

    enum CodingKeys: String, CodingKey {
        case asOf = "as_of"
        case requirements
    }
}
