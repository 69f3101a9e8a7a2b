import Foundation
import Testing
@testable import MusterCore

@Suite("Curricula lint")
struct CurriculumLintTests {
    static let corpus: URL = Bundle.module.resourceURL!.appending(path: "Fixtures/lint")

    static var cases: [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted()) ?? []
    }

    /// Reads a corpus case with paths relative to its folder, as a user linting that folder would see them.
    static func files(of name: String) throws -> [CurriculaFile] {
        let folder = corpus.appending(path: name).path
        return try CurriculaFile.read(path: folder)
            .filter { !$0.path.hasSuffix("expected.txt") }
            .map { CurriculaFile(path: String($0.path.dropFirst(folder.count + 1)), text: $0.text) }
    }

    @Test("the broken-file corpus has cases")
    func corpusIsPresent() {
        #expect(Self.cases.count >= 10)
    }

    @Test("each broken file gets exactly the expected file:line:column messages", arguments: cases)
    func brokenCorpus(name: String) throws {
        let expected = try String(contentsOf: Self.corpus.appending(path: "\(name)/expected.txt"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        let lint = CurriculumLint.check(try Self.files(of: name))
        #expect(lint.diagnostics.map(\.description) == expected)
        #expect(!lint.isClean)
    }

    @Test("the shipped curricula lint clean")
    func shippedCurriculaAreClean() {
        let lint = CurriculumLint.check(ShippedCurricula.files)
        #expect(lint.diagnostics.map(\.description) == [])
        #expect(lint.curriculum.modules.count >= 16)
        #expect(lint.curriculum.certifications.count >= 2)
    }

    @Test("every shipped policy requirement is covered by a module")
    func shippedRequirementsAreCovered() throws {
        let curriculum = try CurriculumLoader.load(from: nil)
        let matrix = CoverageMatrix(curriculum: curriculum, asOf: CalendarDate(iso: "2026-11-23")!)
        #expect(!matrix.rows.isEmpty)
        #expect(matrix.uncovered.map(\.requirement.id) == [])
    }

    @Test("a valid module parses into the model with defaults applied")
    func validModuleParses() throws {
        let yaml = """
        id: uof-sample
        title: Sample
        area: less-lethal-force
        version: "2024.10"
        effective: 2024-03-01
        summary: A sample.
        hours: 2.5
        delivery: [classroom, practical]
        objectives: [One, Two]
        assessment: { kind: practical, pass_mark: 80 }
        validity: { kind: rolling, months: 24 }
        policy_basis:
          - { source: src-a, section: "IV.B" }
        """
        let sources = """
        - { id: src-a, title: "A", issuer: "I", date: 2023-01-01, binds: "All", status: in-force, url: "https://a.example" }
        """
        let lint = CurriculumLint.check([
            CurriculaFile(path: "modules/uof-sample.yaml", text: yaml),
            CurriculaFile(path: "policy-sources.yaml", text: sources),
        ])
        #expect(lint.isClean)
        let module = try #require(lint.curriculum.module("uof-sample"))
        #expect(module.version == ModuleVersion("2024.10"))
        #expect(module.hours == 2.5)
        #expect(module.expiringWindowDays == 30)
        #expect(module.acceptsFrom == nil)
        #expect(module.validity == .rolling(months: 24))
        #expect(module.assessment == Assessment(kind: .practical, passMark: 80))
        #expect(module.policyBasis == [PolicyReference(source: "src-a", section: "IV.B")])
    }

    @Test("a curriculum with problems is refused whole by the loader")
    func loaderRefusesBrokenFolder() throws {
        let folder = Self.corpus.appending(path: "cycles").path
        #expect(throws: CurriculumLoadError.self) { try CurriculumLoader.load(from: folder) }
    }
}
