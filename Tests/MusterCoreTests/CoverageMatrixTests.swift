import Testing
@testable import MusterCore

@Suite("Coverage matrix")
struct CoverageMatrixTests {
    static let day = CalendarDate(iso: "2026-11-23")!

    static func source(_ id: String, _ status: PolicySource.Status, ended: String? = nil) -> PolicySource {
        PolicySource(id: id, title: id, issuer: "I", date: CalendarDate(iso: "2020-06-16")!, binds: "all", status: status,
                     ended: ended.flatMap { CalendarDate(iso: $0) }, url: "https://x.example")
    }

    static let module = Module(
        id: "m", title: "M", area: .deEscalation, version: ModuleVersion("2023.1")!, effective: CalendarDate(iso: "2023-01-01")!,
        summary: "s", hours: 1, delivery: [.classroom], objectives: ["o"], assessment: Assessment(kind: .attendance),
        validity: .once)

    @Test("a requirement is historical only when none of its sources still binds", arguments: [
        (["revoked"], true),
        (["revoked", "in-force"], false),
        (["voluntary"], false),
        (["superseded", "revoked"], true),
    ])
    func historical(statuses: [String], expected: Bool) {
        let sources = statuses.enumerated().map { index, status in
            let parsed = PolicySource.Status(rawValue: status)!
            return Self.source("s\(index)", parsed, ended: parsed.stillStands ? nil : "2022-05-25")
        }
        let curriculum = Curriculum(
            modules: [Self.module], policySources: sources,
            requirements: [PolicyRequirement(id: "req", requirement: "r", sources: sources.map(\.id), modules: ["m"])])
        let row = CoverageMatrix(curriculum: curriculum, asOf: Self.day).rows[0]
        #expect(row.isHistorical == expected)
        #expect(row.isCovered)
    }

    @Test("a row binds only when it is required and a binding source still stands; else it is recommended only", arguments: [
        (["in-force"], nil as RequirementBinding?, RequirementBinding.required),
        (["voluntary"], nil, .recommended),
        (["in-force", "voluntary"], .recommended, .recommended),
        (["revoked", "voluntary"], .required, .recommended),
        (["revoked", "in-force"], .required, .required),
        (["revoked"], .required, .recommended),
    ])
    func binding(statuses: [String], stated: RequirementBinding?, expected: RequirementBinding) {
        let sources = statuses.enumerated().map { index, status in
            let parsed = PolicySource.Status(rawValue: status)!
            return Self.source("s\(index)", parsed, ended: parsed.stillStands ? nil : "2022-05-25")
        }
        let curriculum = Curriculum(
            modules: [Self.module], policySources: sources,
            requirements: [PolicyRequirement(id: "req", requirement: "r", sources: sources.map(\.id), modules: ["m"],
                                             binding: stated)])
        let matrix = CoverageMatrix(curriculum: curriculum, asOf: Self.day)
        #expect(matrix.rows[0].binding == expected)
        let historical = matrix.rows[0].isHistorical
        #expect(matrix.bindingRows.count == (!historical && expected == .required ? 1 : 0))
        #expect(matrix.recommendedOnlyRows.count == (!historical && expected == .recommended ? 1 : 0))
    }

    @Test("the shipped coverage keeps recommendation-only requirements apart from binding ones")
    func shippedBinding() throws {
        let matrix = CoverageMatrix(curriculum: try CurriculumLoader.load(from: nil), asOf: Self.day)
        let recommended = Set(matrix.recommendedOnlyRows.map(\.requirement.id))
        for id in ["req-lecc-asset-forfeiture", "req-lecc-gangs", "req-lecc-clandestine-labs", "req-lecc-ocdetf",
                   "req-critical-incident-review", "req-event-deconfliction", "req-civil-rights-liberties"] {
            #expect(recommended.contains(id), "\(id)")
        }
        #expect(Set(matrix.bindingRows.map(\.requirement.id)).contains("req-termination-of-force"))
        #expect(matrix.uncovered.isEmpty)
    }

    @Test("a source stands from its date until the day it ended")
    func sourceStandsUntilEnded() {
        let revoked = Self.source("eo", .revoked, ended: "2022-05-25")
        #expect(revoked.stands(on: CalendarDate(iso: "2022-05-24")!))
        #expect(!revoked.stands(on: CalendarDate(iso: "2022-05-25")!))
        #expect(!revoked.stands(on: CalendarDate(iso: "2020-06-15")!))
    }

    @Test("a requirement naming no known module is uncovered")
    func uncovered() {
        let curriculum = Curriculum(
            modules: [Self.module], policySources: [Self.source("s", .inForce)],
            requirements: [PolicyRequirement(id: "req", requirement: "r", sources: ["s"], modules: [])])
        #expect(CoverageMatrix(curriculum: curriculum, asOf: Self.day).uncovered.map(\.requirement.id) == ["req"])
    }

    @Test("the curriculum answers the newest version of a module and keeps the older ones")
    func newestVersion() {
        var newer = Self.module
        newer.version = ModuleVersion("2023.10")!
        var older = Self.module
        older.version = ModuleVersion("2023.9")!
        let curriculum = Curriculum(modules: [newer, older])
        #expect(curriculum.module("m")?.version == ModuleVersion("2023.10"))
        #expect(curriculum.moduleVersions.map(\.version.description) == ["2023.9", "2023.10"])
        #expect(curriculum.module("m", version: ModuleVersion("2023.9")!) == older)
    }
}
