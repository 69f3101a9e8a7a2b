import Foundation
import MusterTestSupport
import Testing

extension CLISuites {
    @Suite("muster curricula")
    struct CurriculaCommandTests {
        let muster = MusterBinary()

        @Test("lint of a broken folder prints every problem as file:line:column and exits 1")
        func lintBroken() throws {
            let folder = try TemporaryDirectory()
            defer { folder.remove() }
            try folder.write("modules/a.yaml", """
            id: a
            title: A
            area: de-escalation
            version: "2023.1"
            effective: 2023-02-31
            summary: s
            hours: -1
            delivery: [classroom]
            objectives: [o]
            assessment: { kind: written, pass_mark: 101 }
            validity: { kind: once }
            prerequisites: [missing-module]
            """)
            let run = try muster("curricula", "lint", folder.path)
            #expect(run.status == 1)
            let prefix = folder.path + "/modules/a.yaml"
            #expect(run.stdoutLines == [
                "\(prefix):5:12: 'effective' must be a date in YYYY-MM-DD form, not '2023-02-31'",
                "\(prefix):7:8: 'hours' must be greater than 0 and at most 2000, not -1",
                "\(prefix):10:41: 'pass_mark' must be between 0 and 100, not 101",
            ])
            #expect(run.stderr.contains("3 problem(s)"))
        }

        @Test("lint of the shipped curricula prints no problem and exits 0")
        func lintShipped() throws {
            let empty = try TemporaryDirectory()
            defer { empty.remove() }
            let run = try MusterBinary(workingDirectory: empty.url)("curricula", "lint")
            #expect(run.status == 0)
            #expect(run.stdout == "")
            #expect(run.stderr.contains("no problems"))
        }

        @Test("show prints a module as JSON with the YAML key names")
        func showJSON() throws {
            let run = try muster("curricula", "show", "uof-deescalation", "--format", "json")
            #expect(run.status == 0)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
            #expect(object["id"] as? String == "uof-deescalation")
            #expect(object["expiring_window_days"] != nil)
            #expect(object["policy_basis"] is [Any])
        }

        @Test("show of an unknown id says so and exits 1")
        func showUnknown() throws {
            let run = try muster("curricula", "show", "no-such-thing")
            #expect(run.status == 1)
            #expect(run.stderr.contains("unknown id 'no-such-thing'"))
        }

        @Test("coverage traces every shipped requirement to a module and marks historical ones")
        func coverage() throws {
            let run = try muster("curricula", "coverage", "--format", "json", "--as-of", "2026-11-23")
            #expect(run.status == 0)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
            let rows = try #require(object["requirements"] as? [[String: Any]])
            #expect(!rows.isEmpty)
            #expect(rows.allSatisfy { $0["covered"] as? Bool == true })
            #expect(rows.contains { $0["historical"] as? Bool == true })
        }

        @Test("coverage exits 1 when a requirement has no module")
        func coverageUncovered() throws {
            let folder = try TemporaryDirectory()
            defer { folder.remove() }
            try folder.write("policy-sources.yaml", """
            - { id: s, title: "S", issuer: "I", date: 2023-01-01, binds: "all", status: in-force, url: "https://s.example" }
            """)
            try folder.write("policy-requirements.yaml", """
            - { id: req-orphan, requirement: "Train the orphan topic.", sources: [s], modules: [] }
            """)
            let run = try muster("curricula", "coverage", "--curricula", folder.path)
            #expect(run.status == 1)
            #expect(run.stdout.contains("✗ UNCOVERED  req-orphan"))
        }

        @Test("bad command lines exit 2", arguments: [
            ["curricula", "coverage", "--as-of", "2024-13-01"],
            ["curricula", "frobnicate"],
            ["curricula", "show"],
        ])
        func usageErrors(arguments: [String]) throws {
            let run = try muster.run(arguments)
            #expect(run.status == 2)
            #expect(!run.stderr.isEmpty)
        }
    }
}
