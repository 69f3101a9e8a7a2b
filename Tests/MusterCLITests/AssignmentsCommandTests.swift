import Foundation
import MusterTestSupport
import Testing

extension CLISuites {
    /// `assign --from/--new-members-within`, `assignments list|end`, `record --version` and the evidence rule,
    /// through the real executable.
    @Suite("muster assignments and completion versions")
    struct AssignmentsCommandTests {
        let folder: TemporaryDirectory
        let muster: MusterBinary

        init() throws {
            (folder, muster) = try MusterBinary.inTemporaryAgency()
        }

        func agency() throws {
            #expect(try muster.initAgency(officers: "badge,last_name,first_name,unit\n1001,Saldaña,Zoë,Patrol North\n"
                + "1002,Baker,Sam,Traffic\n").status == 0)
        }

        func rows(_ arguments: String...) throws -> [[String: Any]] {
            let run = try muster.run(arguments)
            #expect(run.status == 0, "\(run.stderr)")
            return try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        }

        @Test("assign stores --from and --new-members-within; list hides ended ones unless --all; end is dated")
        func listAndEnd() throws {
            defer { folder.remove() }
            try agency()
            #expect(try muster("assign", "uof-reporting", "--unit", "Patrol North", "--due", "2026-06-30",
                               "--from", "2026-04-01", "--new-members-within", "45").status == 0)
            #expect(try muster("assign", "uof-bwc", "--officer", "1002").status == 0)
            let listed = try rows("assignments", "list", "--format", "json")
            #expect(listed.map { $0["id"] as? String } == ["1", "2"])
            #expect(listed[0]["module"] as? String == "uof-reporting")
            #expect(listed[0]["unit"] as? String == "Patrol North")
            #expect(listed[0]["from"] as? String == "2026-04-01")
            #expect(listed[0]["due"] as? String == "2026-06-30")
            #expect(listed[0]["new_members_within_days"] as? String == "45")
            #expect(listed[1]["new_members_within_days"] as? String == "90")
            #expect(listed[1]["officer"] as? String == "1002")
            #expect(try rows("assignments", "list", "--unit", "Patrol North", "--format", "json").count == 1)
            #expect(try rows("assignments", "list", "--officer", "1001", "--format", "json").map { $0["id"] as? String } == ["1"])

            let ended = try muster("assignments", "end", "1", "--on", "2026-05-01")
            #expect(ended.status == 0)
            #expect(ended.stdout == "assignment 1 ended on 2026-05-01\n")
            #expect(try rows("assignments", "list", "--format", "json").map { $0["id"] as? String } == ["2"])
            let all = try rows("assignments", "list", "--all", "--format", "json")
            #expect(all.first?["ended_on"] as? String == "2026-05-01")

            let csv = try muster("assignments", "list", "--all", "--format", "csv")
            #expect(csv.stdoutLines.first == "id,module,certification,officer,unit,from,due,new_members_within_days,ended_on,assigned_on,origin,"
                + "program,kind")
            let table = try muster("assignments", "list")
            #expect(table.stdout.hasPrefix("ID  MODULE"))
            #expect(try muster("audit", "verify").status == 0)
        }

        @Test("ending is refused for an unknown id, an ended assignment, or a day before it applies; so is a bad window",
              arguments: [
                (["assignments", "end", "9"], "no assignment has id 9"),
                (["assignments", "end", "1", "--on", "2026-03-31"], "ended_on: 2026-03-31 is before assignment 1 applies"),
                (["assign", "uof-bwc", "--officer", "1001", "--new-members-within", "4000"],
                 "new_members_within_days 4000 is outside 0–3650"),
              ])
        func refusals(arguments: [String], message: String) throws {
            defer { folder.remove() }
            try agency()
            #expect(try muster("assign", "uof-reporting", "--officer", "1001", "--from", "2026-04-01").status == 0)
            let run = try muster.run(arguments)
            #expect(run.status == 1)
            #expect(run.stderr.contains(message), "\(run.stderr)")
        }

        @Test("ending twice is refused")
        func endTwice() throws {
            defer { folder.remove() }
            try agency()
            #expect(try muster("assign", "uof-bwc", "--officer", "1001", "--from", "2026-01-01").status == 0)
            #expect(try muster("assignments", "end", "1", "--on", "2026-02-01").status == 0)
            let again = try muster("assignments", "end", "1")
            #expect(again.status == 1)
            #expect(again.stderr.contains("assignment 1 already ended on 2026-02-01"))
        }

        @Test("record picks the version in force on the date; --version names an effective one or is refused", arguments: [
            (["--on", "2025-03-31"], 0, "uof-duty-to-intervene-refresher 2023.1"),
            (["--on", "2025-04-01"], 0, "uof-duty-to-intervene-refresher 2025.1"),
            (["--on", "2025-06-01", "--version", "2023.1"], 0, "uof-duty-to-intervene-refresher 2023.1"),
            (["--on", "2025-03-31", "--version", "2025.1"], 1, "'2025.1' takes effect 2025-04-01, after the completion date 2025-03-31"),
            (["--on", "2025-06-01", "--version", "2024.7"], 1, "'2024.7' is not a loaded version"),
        ])
        func recordVersion(options: [String], status: Int32, message: String) throws {
            defer { folder.remove() }
            try agency()
            let run = try muster.run(["record", "uof-duty-to-intervene-refresher", "--officer", "1001"] + options)
            #expect(run.status == status)
            #expect(run.stderr.contains(message), "\(run.stderr)")
        }

        @Test("a pass needs a score where the assessment has a pass mark: on the command line and in a roster")
        func scoreRequired() throws {
            defer { folder.remove() }
            try agency()
            let bare = try muster("record", "uof-reporting", "--officer", "1001", "--on", "2026-03-01")
            #expect(bare.status == 1)
            #expect(bare.stderr.contains("score required for a pass: the assessment has pass mark 80"))
            #expect(try muster("record", "uof-reporting", "--officer", "1001", "--on", "2026-03-01", "--result", "fail").status == 0)
            try folder.write("class.csv", "badge,module_id,completed_on,score,version\n1001,uof-reporting,2026-03-02,,\n"
                + "1002,uof-reporting,2026-03-02,90,x.1\n1002,uof-reporting,2026-03-03,90,2023.1\n")
            let roster = try muster("record", "--from", "class.csv")
            #expect(roster.status == 1)
            #expect(roster.stderr.contains("class.csv:2: score: required for a pass"))
            #expect(roster.stderr.contains("class.csv:3: version: 'x.1' is not a module version"))
            #expect(!roster.stderr.contains("class.csv:4"))
        }
    }
}
