import Foundation
import MusterTestSupport
import Testing

extension CLISuites {
    /// Program assignments in `assignments list` and `assignments end`, through the real executable: listed beside
    /// the module and certification ones with their own `P` ids, ended dated and audited, and judged by
    /// `status --programs` from the end on and never before.
    @Suite("muster assignments of programs")
    struct ProgramAssignmentsCommandTests {
        let folder: TemporaryDirectory
        let muster: MusterBinary

        init() throws {
            (folder, muster) = try MusterBinary.inTemporaryAgency()
        }

        func agency() throws {
            #expect(try muster.initAgency(officers: "badge,last_name,first_name,unit,hire_date\n"
                + "1001,Saldaña,Zoë,Patrol,2015-03-01\n1002,Baker,Sam,Traffic,2016-03-10\n").status == 0)
            // Module assignment 1 and program assignments P1 (Patrol) and P2 (officer 1002): the same number, never confused.
            #expect(try muster("assign", "uof-bwc", "--unit", "Patrol", "--from", "2024-01-01").status == 0)
            let unit = try muster("assign", "tx-tcole-inservice", "--unit", "Patrol", "--from", "2023-09-01", "--format", "json")
            let created = try #require(try JSONSerialization.jsonObject(with: Data(unit.stdout.utf8)) as? [String: Any])
            #expect(created["id"] as? Int == 1 && created["assignment"] as? String == "P1")
            let officer = try muster("assign", "tx-tcole-inservice", "--officer", "1002", "--from", "2023-09-01")
            #expect(officer.stdout == "program assignment P2: tx-tcole-inservice to officer 1002, from 2023-09-01\n")
        }

        func rows(_ arguments: String...) throws -> [[String: Any]] {
            let run = try muster.run(arguments)
            #expect(run.status == 0, "\(run.stderr)")
            return try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        }

        @Test("list shows program assignments with a program and a kind, in JSON, CSV and the table, filtered alike")
        func list() throws {
            defer { folder.remove() }
            try agency()
            let listed = try rows("assignments", "list", "--format", "json")
            #expect(listed.map { $0["id"] as? String } == ["1", "P1", "P2"])
            #expect(listed.map { $0["kind"] as? String } == ["module", "program", "program"])
            #expect(listed.map { $0["program"] as? String } == [nil, "tx-tcole-inservice", "tx-tcole-inservice"])
            #expect(listed[1]["unit"] as? String == "Patrol" && listed[1]["from"] as? String == "2023-09-01")
            #expect(listed[1]["module"] is NSNull && listed[1]["due"] is NSNull && listed[1]["new_members_within_days"] is NSNull)
            #expect(listed[2]["officer"] as? String == "1002")
            #expect(try rows("assignments", "list", "--officer", "1001", "--format", "json").map { $0["id"] as? String } == ["1", "P1"])
            #expect(try rows("assignments", "list", "--officer", "1002", "--format", "json").map { $0["id"] as? String } == ["P2"])
            #expect(try rows("assignments", "list", "--unit", "Patrol", "--format", "json").map { $0["id"] as? String } == ["1", "P1"])

            let csv = try muster("assignments", "list", "--format", "csv")
            #expect(csv.stdoutLines.first == "id,module,certification,officer,unit,from,due,new_members_within_days,ended_on,"
                + "assigned_on,origin,program,kind")
            #expect(csv.stdoutLines.contains { $0.hasPrefix("P1,,,,Patrol,2023-09-01,,,,") && $0.hasSuffix(",tx-tcole-inservice,program") })
            let table = try muster("assignments", "list")
            #expect(table.stdout.hasPrefix("ID  MODULE"))
            #expect(table.stdoutLines.contains { $0.hasPrefix("P2 ") && $0.contains("tx-tcole-inservice") && $0.hasSuffix("program") })
        }

        @Test("ending P1 is dated and audited; status --programs drops it from that day and not before")
        func endTakesEffectFromItsDay() throws {
            defer { folder.remove() }
            try agency()
            #expect(try muster("record", "uof-deescalation", "--officer", "1001", "--on", "2026-02-01", "--score", "95").status == 0)
            let before = try muster("status", "--programs", "--as-of", "2027-05-31", "--format", "json")
            let earlier = try muster("status", "--programs", "--as-of", "2026-06-30", "--format", "json")
            #expect(before.stdout.contains("\"badge\": \"1001\""))

            let ended = try muster("assignments", "end", "P1", "--on", "2027-06-01", "--format", "json")
            #expect(ended.status == 0, "\(ended.stderr)")
            let result = try #require(try JSONSerialization.jsonObject(with: Data(ended.stdout.utf8)) as? [String: Any])
            #expect(result["id"] as? Int == 1 && result["assignment"] as? String == "P1" && result["ended_on"] as? String == "2027-06-01")

            // The day before the end, and any earlier day, answers exactly as before.
            #expect(try muster("status", "--programs", "--as-of", "2027-05-31", "--format", "json").stdout == before.stdout)
            #expect(try muster("status", "--programs", "--as-of", "2026-06-30", "--format", "json").stdout == earlier.stdout)
            let after = try rows("status", "--programs", "--as-of", "2027-06-01", "--format", "json")
            #expect(after.map { $0["badge"] as? String } == ["1002"])

            // Module assignment 1 is untouched; the ended program shows only with --all.
            #expect(try rows("assignments", "list", "--format", "json").map { $0["id"] as? String } == ["1", "P2"])
            let all = try rows("assignments", "list", "--all", "--format", "json")
            #expect(all.first { $0["id"] as? String == "P1" }?["ended_on"] as? String == "2027-06-01")
            #expect(all.first { $0["id"] as? String == "1" }?["ended_on"] is NSNull)
            let log = try muster("audit", "log", "--action", "endProgramAssignment", "--format", "json")
            #expect(log.stdout.contains("\"entity\": \"program_assignment\""), "\(log.stdout)")
            #expect(try muster("audit", "verify").status == 0)
        }

        @Test("ending a program assignment is refused like any other", arguments: [
            (["assignments", "end", "P9"], Int32(1), "no program assignment has id P9"),
            (["assignments", "end", "P1", "--on", "2023-08-31"], 1, "ended_on: 2023-08-31 is before assignment P1 applies (from 2023-09-01)"),
            (["assignments", "end", "Q1"], 2, "'Q1' is not an assignment id"),
            (["assignments", "end", "P"], 2, "'P' is not an assignment id"),
        ])
        func refusals(arguments: [String], status: Int32, message: String) throws {
            defer { folder.remove() }
            try agency()
            let run = try muster.run(arguments)
            #expect(run.status == status)
            #expect(run.stderr.contains(message), "\(run.stderr)")
            #expect(try rows("assignments", "list", "--format", "json").count == 3)
        }

        @Test("ending twice is refused, and a plain number still names the module assignment")
        func endTwice() throws {
            defer { folder.remove() }
            try agency()
            #expect(try muster("assignments", "end", "P2", "--on", "2026-01-01").stdout == "program assignment P2 ended on 2026-01-01\n")
            let again = try muster("assignments", "end", "p2")
            #expect(again.status == 1)
            #expect(again.stderr.contains("assignment P2 already ended on 2026-01-01"))
            #expect(try muster("assignments", "end", "1", "--on", "2026-01-01").stdout == "assignment 1 ended on 2026-01-01\n")
            #expect(try rows("assignments", "list", "--format", "json").map { $0["id"] as? String } == ["P1"])
        }
    }
}
