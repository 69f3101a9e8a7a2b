import Testing
@testable import MusterCore

/// Program files: parsed into the model, every problem reported at its file, line and column, cross-checked
/// against modules and the policy register; the shipped programs lint clean and are traced to sources.
@Suite("Programs: YAML and lint")
struct ProgramLintTests {
    static let sources = CurriculaFile(path: "policy-sources.yaml", text: """
        - { id: src, title: S, issuer: I, date: 2020-01-01, binds: B, status: in-force, url: "https://example.org" }

        """)

    /// A program file whose `cycle` is line 6 and whose first extra line is line 8.
    static func program(cycle: String = "{ kind: anchored, months: 24, anchor: 2025-09-01 }", _ extra: [String]) -> CurriculaFile {
        let lines = ["id: tx", "title: Texas", "jurisdiction: TX", "version: \"2025.1\"", "effective: 2025-09-01",
                     "cycle: \(cycle)", "hours: 40"] + extra + ["policy_basis: [ { source: src, section: x } ]"]
        return CurriculaFile(path: "programs/tx.yaml", text: lines.joined(separator: "\n") + "\n")
    }

    static func lint(_ program: CurriculaFile) -> CurriculumLint {
        CurriculumLint.check([CurriculumKeysTests.module("m0"), sources, program])
    }

    @Test("every program key is read into the model")
    func keysParse() throws {
        let lint = Self.lint(Self.program([
            "minimums:", "  - { name: De-escalation (1849), modules: [m0], hours: 4 }", "  - { name: UoF, area: tactics, hours: 2 }",
            "once_every: [ { modules: [m0], cycles: 2 } ]", "new_officers: exempt-first-cycle",
            "waivers: { prorate: true, never: [De-escalation (1849)] }",
        ]))
        #expect(lint.diagnostics.map(\.description) == [])
        let program = try #require(lint.curriculum.program("tx"))
        #expect(program.cycle == .anchored(months: 24, anchor: CalendarDate(iso: "2025-09-01")!))
        #expect(program.minimums == [ProgramMinimum(name: "De-escalation (1849)", modules: ["m0"], hours: 4),
                                     ProgramMinimum(name: "UoF", area: .tactics, hours: 2)])
        #expect(program.onceEvery == [OnceEvery(modules: ["m0"], cycles: 2)])
        #expect(program.newOfficers == .exemptFirstCycle)
        #expect(program.waivers == ProgramWaiverRule(prorate: true, never: ["De-escalation (1849)"]))
        #expect(program.policyBasis == [PolicyReference(source: "src", section: "x")])
    }

    @Test("cycle kinds parse", arguments: [
        ("{ kind: rolling, months: 36, from: hire }", ProgramCycle.rolling(months: 36)),
        ("{ kind: calendar_year }", .calendarYear),
        ("{ kind: fiscal_year, starts: \"07-01\" }", .fiscalYear(month: 7, day: 1)),
    ])
    func cycles(text: String, cycle: ProgramCycle) throws {
        let lint = Self.lint(Self.program(cycle: text, []))
        #expect(lint.diagnostics.map(\.description) == [])
        #expect(lint.curriculum.program("tx")?.cycle == cycle)
    }

    @Test("problems are reported at file:line:column", arguments: [
        (["minimums: [ { name: A, area: nowhere, hours: 4 } ]"], "programs/tx.yaml:8:30: 'area' has unknown value 'nowhere'"),
        (["minimums: [ { name: A, modules: [m9], hours: 4 } ]"], "programs/tx.yaml:8:34: unknown module 'm9' (program minimum module)"),
        (["minimums: [ { name: A, hours: 4 } ]"], "programs/tx.yaml:8:13: a minimum names either 'area' or 'modules', not neither"),
        (["once_every: [ { modules: [m0], cycles: 0 } ]"], "programs/tx.yaml:8:40: 'cycles' must be between 1 and 10, not 0"),
        (["waivers: { never: [Nope] }"], "programs/tx.yaml:8:20: 'never' names 'Nope', which is not one of the program's minimums"),
        (["new_officers: sometimes"], "programs/tx.yaml:8:15: 'new_officers' has unknown value 'sometimes'"),
    ])
    func problems(extra: [String], expected: String) {
        let descriptions = Self.lint(Self.program(extra)).diagnostics.map(\.description)
        #expect(descriptions.contains { $0.hasPrefix(expected) }, "\(descriptions)")
    }

    @Test("a bad cycle is reported where it stands", arguments: [
        ("{ kind: weekly }", "programs/tx.yaml:6:16: 'kind' has unknown value 'weekly'"),
        ("{ kind: anchored, months: 24 }", "programs/tx.yaml:6:8: missing required key 'anchor' in cycle"),
        ("{ kind: fiscal_year, starts: \"13-01\" }", "programs/tx.yaml:6:37: 'starts' must be a month and day"),
        ("{ kind: rolling, months: 36, from: badge }", "programs/tx.yaml:6:43: 'from' must be 'hire'"),
    ])
    func badCycles(cycle: String, expected: String) {
        let descriptions = Self.lint(Self.program(cycle: cycle, [])).diagnostics.map(\.description)
        #expect(descriptions.contains { $0.hasPrefix(expected) }, "\(descriptions)")
    }

    @Test("the shipped TX, CA, IL and UT programs lint clean, each traced to a source with its status")
    func shippedPrograms() throws {
        let curriculum = try CurriculumLoader.load(from: nil)
        #expect(curriculum.programs.map(\.jurisdiction).sorted() == ["CA", "IL", "TX", "UT"])
        for program in curriculum.programs {
            #expect(!program.policyBasis.isEmpty)
            for reference in program.policyBasis {
                #expect(curriculum.policySource(reference.source)?.status == .inForce)
            }
        }
    }
}
