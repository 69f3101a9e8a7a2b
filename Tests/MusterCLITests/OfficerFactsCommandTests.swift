import Foundation
import MusterTestSupport
import Testing

extension CLISuites {
    /// Unit moves, leaves and separations as dated facts, through the real executable (issue 18 rules 5 and 10).
    /// The dates lie before 2026-12-06, the day these tests were written, so none is refused as future.
    @Suite("muster officers: dated facts")
    struct OfficerFactsCommandTests {
        let folder: TemporaryDirectory
        let muster: MusterBinary

        init() throws {
            (folder, muster) = try MusterBinary.inTemporaryAgency()
        }

        func agency() throws {
            #expect(try muster.initAgency(officers: "badge,last_name,first_name,unit,hire_date\n"
                + "1001,Saldaña,Zoë,Patrol,2020-01-06\n1002,Brien,Pat,Patrol,2021-02-01\n1003,Yamada,Taro,Traffic,2022-03-01\n").status == 0)
        }

        func object(_ run: MusterBinary.Run) throws -> [String: Any] {
            try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        }

        func history(_ badge: String) throws -> [[String: Any]] {
            try #require(try object(try muster("officers", "show", badge, "--format", "json"))["history"] as? [[String: Any]])
        }

        @Test("officers edit --unit --on moves the officer from that day, and show prints the move")
        func moveOnDate() throws {
            defer { folder.remove() }
            try agency()
            let run = try muster("officers", "edit", "1001", "--unit", "Traffic", "--on", "2026-03-01")
            #expect(run.status == 0, "\(run.stderr)")
            let facts = try history("1001")
            #expect(facts.count == 1)
            #expect(facts.first?["kind"] as? String == "unit")
            #expect(facts.first?["on"] as? String == "2026-03-01")
            #expect(facts.first?["from_unit"] as? String == "Patrol")
            #expect(facts.first?["to_unit"] as? String == "Traffic")
            let shown = try muster("officers", "show", "1001")
            #expect(shown.stdout.contains("Service history:\n  2026-03-01 moved from Patrol to Traffic\n"))
            #expect(shown.stdout.contains("unit: Traffic"))

            let future = try muster("officers", "edit", "1002", "--unit", "Traffic", "--on", "2099-01-01")
            #expect(future.status == 1)
            #expect(future.stderr.contains("2099-01-01"))
        }

        @Test("status and the compliance export by unit list who was in the unit on the day", arguments: [
            ("2026-02-28", ["1002", "1003"], ["1001"]),
            ("2026-03-01", ["1001", "1003"], ["1002"]),
        ])
        func unitOnTheDay(asOf: String, traffic: [String], patrol: [String]) throws {
            defer { folder.remove() }
            try agency()
            #expect(try muster("assign", "uof-reporting", "--unit", "Traffic", "--from", "2026-01-01").status == 0)
            #expect(try muster("assign", "uof-reporting", "--unit", "Patrol", "--from", "2026-01-01").status == 0)
            #expect(try muster("officers", "edit", "1001", "--unit", "Traffic", "--on", "2026-03-01").status == 0)
            #expect(try muster("officers", "edit", "1002", "--unit", "Traffic", "--on", "2026-01-15").status == 0)
            #expect(try muster("officers", "edit", "1002", "--unit", "Patrol", "--on", "2026-03-01").status == 0)
            func badges(_ arguments: String...) throws -> [String] {
                let run = try muster.run(arguments + ["--as-of", asOf, "--format", "csv"])
                #expect(run.status == 0, "\(run.stderr)")
                return Array(Set(run.stdout.split(separator: "\n").dropFirst().map { String($0.prefix { $0 != "," }) })).sorted()
            }
            #expect(try badges("status", "--unit", "Traffic") == traffic)
            #expect(try badges("status", "--unit", "Patrol") == patrol)
            #expect(try badges("export", "compliance", "--unit", "Traffic") == traffic)
        }

        @Test("officers edit --status leave --from --until records the leave; --until alone is refused")
        func leave() throws {
            defer { folder.remove() }
            try agency()
            let run = try muster("officers", "edit", "1002", "--status", "leave", "--from", "2026-05-01", "--until", "2026-06-30")
            #expect(run.status == 0, "\(run.stderr)")
            #expect(try muster("officers", "show", "1002").stdout.contains("  leave 2026-05-01 – 2026-06-30\n"))
            #expect(try history("1002").first?["until"] as? String == "2026-06-30")
            // The leave is over, so the officer is active today.
            #expect(try muster("officers", "show", "1002").stdout.contains("status: active"))

            let open = try muster("officers", "edit", "1001", "--status", "leave", "--from", "2026-11-01")
            #expect(open.status == 0, "\(open.stderr)")
            #expect(try muster("officers", "show", "1001").stdout.contains("status: leave"))
            #expect(try muster("officers", "edit", "1001", "--status", "active", "--on", "2026-11-20").status == 0)
            let back = try muster("officers", "show", "1001").stdout
            #expect(back.contains("  leave 2026-11-01 – 2026-11-19\n  returned 2026-11-20\n"))

            let untilAlone = try muster("officers", "edit", "1003", "--until", "2026-06-30")
            #expect(untilAlone.status == 2)
            #expect(untilAlone.stderr.contains("--status leave"))
            let backwards = try muster("officers", "edit", "1003", "--status", "leave", "--from", "2026-05-01", "--until", "2026-04-01")
            #expect(backwards.status == 1)
            #expect(backwards.stderr.contains("until 2026-04-01 is before from 2026-05-01"))
        }

        @Test("officers separate --on keeps the officer in status before that day and refuses completions after it")
        func separateOnDate() throws {
            defer { folder.remove() }
            try agency()
            #expect(try muster("assign", "uof-neck-restraints", "--unit", "Traffic", "--due", "2026-12-31", "--from", "2026-01-01").status == 0)
            let run = try muster("officers", "separate", "1003", "--on", "2026-11-30")
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout == "officer 1003 separated from 2026-11-30\n")
            #expect(try muster("officers", "show", "1003").stdout.contains("  separated 2026-11-30\n"))

            let before = try muster("record", "uof-neck-restraints", "--officer", "1003", "--on", "2026-11-30")
            #expect(before.status == 0, "\(before.stderr)")
            let after = try muster("record", "uof-neck-restraints", "--officer", "1003", "--on", "2026-12-01")
            #expect(after.status == 1)
            #expect(after.stderr.contains("completed_on 2026-12-01 is after officer '1003' separated on 2026-11-30"))

            func badges(asOf day: String) throws -> Set<String> {
                let status = try muster("status", "--as-of", day, "--format", "json")
                #expect(status.status == 0, "\(status.stderr)")
                let rows = try #require(try JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [[String: Any]])
                return Set(rows.compactMap { $0["badge"] as? String })
            }
            #expect(try badges(asOf: "2026-11-29").contains("1003"))
            #expect(try !badges(asOf: "2026-12-01").contains("1003"))
        }
    }
}
