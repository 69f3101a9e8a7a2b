import Foundation
import MusterTestSupport
import Testing

extension CLISuites {
    /// `assign PROGRAM`, `waive PROGRAM`, `status --programs`, `plan` and `export compliance --programs`, through
    /// the real executable.
    @Suite("muster programs")
    struct ProgramCommandTests {
        let folder: TemporaryDirectory
        let muster: MusterBinary

        init() throws {
            (folder, muster) = try MusterBinary.inTemporaryAgency()
        }

        func agency() throws {
            #expect(try muster.initAgency(officers: "badge,last_name,first_name,unit,hire_date\n"
                + "1001,Saldaña,Zoë,Patrol,2015-03-01\n1002,Baker,Sam,Patrol,2026-03-10\n").status == 0)
        }

        func rows(_ arguments: String...) throws -> [[String: Any]] {
            let run = try muster.run(arguments)
            #expect(run.status == 0, "\(run.stderr)")
            return try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        }

        @Test("assign and waive of a program print one JSON object, and take a badge without its leading zeros")
        func programJSON() throws {
            defer { folder.remove() }
            #expect(try muster.initAgency(officers: "badge,last_name,first_name,unit\n01001,Saldaña,Zoë,Patrol\n").status == 0)
            let assigned = try muster("assign", "tx-tcole-inservice", "--unit", "PATROL", "--format", "json")
            let assignment = try #require(try JSONSerialization.jsonObject(with: Data(assigned.stdout.utf8)) as? [String: Any])
            #expect(assignment["program"] as? String == "tx-tcole-inservice" && assignment["unit"] as? String == "Patrol")
            let waived = try muster("waive", "tx-tcole-inservice", "--officer", "1001", "--from", "2026-01-01", "--until",
                                    "2026-06-30", "--reason", "military deployment", "--format", "json")
            #expect(waived.status == 0, "\(waived.stderr)")
            let waiver = try #require(try JSONSerialization.jsonObject(with: Data(waived.stdout.utf8)) as? [String: Any])
            #expect(waiver["officer"] as? String == "01001" && waiver["until"] as? String == "2026-06-30")
        }

        @Test("a program assigned and waived through the audited path; status --programs keeps the pinned JSON keys")
        func assignWaiveStatus() throws {
            defer { folder.remove() }
            try agency()
            let assigned = try muster("assign", "tx-tcole-inservice", "--unit", "Patrol", "--from", "2023-09-01")
            #expect(assigned.stdout == "program assignment P1: tx-tcole-inservice to unit Patrol, from 2023-09-01\n")
            #expect(try muster("assign", "tx-tcole-inservice", "--unit", "Patrol", "--due", "2027-01-01").status == 2)
            #expect(try muster("record", "uof-less-lethal-impact", "--officer", "1001", "--on", "2025-10-01").status == 0)
            #expect(try muster("waive", "tx-tcole-inservice", "--officer", "1001", "--from", "2026-01-01", "--until",
                               "2026-06-30", "--reason", "military deployment").status == 0)
            #expect(try muster("waive", "tx-tcole-inservice", "--officer", "1001", "--reason", "x").status == 2)

            let status = try rows("status", "--programs", "--as-of", "2026-12-01", "--format", "json")
            #expect(status.count == 2)
            #expect(Set(status[0].keys) == ["badge", "program", "cycle_start", "cycle_end", "hours_required", "hours_earned",
                                            "minimums", "previous_cycle", "status"])
            #expect(status[0]["cycle_end"] as? String == "2027-08-31")
            #expect(status[0]["hours_required"] as? Int == 30)        // 6 whole months waived: ⌈40 × 18 / 24⌉
            #expect(status[0]["previous_cycle"] as? String == "deficient")
            #expect(status[0]["status"] as? String == "deficient")
            #expect(status[1]["hours_required"] as? Int == 29)        // hired 2026-03-10: 17 of 24 months
            #expect(status[1]["previous_cycle"] is NSNull)
            #expect(status[1]["status"] as? String == "in-progress")
            let minimums = try #require(status[0]["minimums"] as? [[String: Any]])
            #expect(minimums.map { $0["name"] as? String } == ["De-escalation (1849)", "Use of force"])
            // The impact course's prerequisite (the annual policy course) was never passed: it gives no hours.
            #expect(minimums.map { $0["earned"] as? Int } == [0, 0])

            let explained = try muster("status", "--programs", "--officer", "1002", "--as-of", "2026-12-01", "--explain")
            #expect(explained.stdout.contains("0 of 29 h; De-escalation (1849) 0 of 3 h; Use of force 0 of 3 h;"))
            #expect(explained.stdout.contains("cycle ends 2027-08-31"))

            let plan = try rows("plan", "--by", "2027-08-31", "--format", "json")
            // Most hours short first: 1001 owes all 30 (the impact course waits for its prerequisite), 1002 owes 29.
            #expect(plan.prefix(2).map { $0["badge"] as? String } == ["1001", "1002"])
            // hours_short is a JSON number, null where a course or a module is owed rather than hours.
            #expect(plan.prefix(2).map { $0["hours_short"] as? Int } == [30, 29])
            #expect(plan.allSatisfy { $0["hours_short"] is NSNumber || ($0["hours_short"] is NSNull && $0["need"] as? String != "hours") })
            #expect(plan.contains { $0["hours_short"] is NSNull })
            let export = try muster("export", "compliance", "--programs", "--as-of", "2026-12-01")
            #expect(export.stdoutLines.first == "badge,last_name,first_name,unit,program,cycle_start,cycle_end,hours_required,"
                + "hours_earned,minimums,previous_cycle,status")
            #expect(export.stdoutLines.count == 3)
            #expect(try muster("audit", "verify").status == 0)
        }

        @Test("plan prints the same rows, most urgent first, as CSV, JSON and a table; badges SQLite and Swift order apart")
        func planFormats() throws {
            defer { folder.remove() }
            #expect(try muster.initAgency(officers: "badge,last_name,first_name,unit,hire_date\n"
                + "1001,Saldaña,Zoë,Patrol,2015-03-01\né7,Ödön,Ann,Patrol,2020-01-01\nZ9,Baker,Sam,Patrol,2020-01-01\n"
                + "a9,Li,Wei,Patrol,2020-01-01\ne\u{301}8,Roy,Ed,Patrol,2020-01-01\n日本,Sato,Ken,Traffic,2020-01-01\n").status == 0)
            for unit in ["Patrol", "Traffic"] {
                #expect(try muster("assign", "tx-tcole-inservice", "--unit", unit, "--from", "2023-09-01").status == 0)
            }
            #expect(try muster("record", "uof-less-lethal-impact", "--officer", "Z9", "--on", "2025-10-01").status == 0)
            for unit in [[], ["--unit", "Patrol"]] {
                let jsonRun = try muster.run(["plan", "--by", "2027-08-31", "--format", "json"] + unit)
                let json = try #require(try JSONSerialization.jsonObject(with: Data(jsonRun.stdout.utf8)) as? [[String: Any]])
                let csv = try muster.run(["plan", "--by", "2027-08-31", "--format", "csv"] + unit)
                let table = try muster.run(["plan", "--by", "2027-08-31"] + unit)
                #expect(csv.status == 0 && table.status == 0)
                let columns = ["badge", "last_name", "first_name", "program", "need", "item", "hours_short", "due_by", "status"]
                // No field here needs quoting: each CSV line is the JSON row's values joined by commas.
                let lines = json.map { row in
                    columns.map { key in row[key].map { $0 is NSNull ? "" : "\($0)" } ?? "" }.joined(separator: ",")
                }
                #expect(csv.stdoutLines == [columns.joined(separator: ",")] + lines)
                #expect(table.stdoutLines.count == json.count + 2)
                let badges = json.map { $0["badge"] as? String ?? "" }
                #expect(zip(table.stdoutLines.dropFirst(2), badges).allSatisfy { $0.hasPrefix($1 + " ") })
                #expect(Set(badges).isSuperset(of: ["1001", "é7", "Z9", "a9", "e\u{301}8"]))
                #expect(badges.contains("日本") == unit.isEmpty)
                let days = json.map { $0["due_by"] as? String ?? "9999-12-31" }
                #expect(days == days.sorted())
            }
        }
    }
}
