import Foundation
import MusterTestSupport
import Testing

extension CLISuites {
    /// `muster waivers list|end` through the real executable: listing, filters, formats, and a dated,
    /// audited end that the status engine reads.
    @Suite("muster waivers list and end")
    struct WaiversCommandTests {
        let folder: TemporaryDirectory
        let muster: MusterBinary

        init() throws {
            (folder, muster) = try MusterBinary.inTemporaryAgency()
        }

        /// Two officers, uof-bwc due for both by 2026-02-01, and two waivers of it.
        func agency() throws {
            #expect(try muster.initAgency(officers: "badge,last_name,first_name,unit\n1001,Saldaña,Zoë,Patrol North\n"
                + "1002,Baker,Sam,Traffic\n").status == 0)
            #expect(try muster("assign", "uof-bwc", "--unit", "Patrol North", "--due", "2026-02-01", "--from", "2025-12-01").status == 0)
            #expect(try muster("assign", "uof-bwc", "--unit", "Traffic", "--due", "2026-02-01", "--from", "2025-12-01").status == 0)
            #expect(try muster("waive", "uof-bwc", "--officer", "1001", "--reason", "medical leave",
                               "--from", "2026-01-01").status == 0)
            #expect(try muster("waive", "uof-bwc", "--officer", "1002", "--reason", "transfer pending",
                               "--from", "2026-01-01", "--until", "2026-01-31").status == 0)
        }

        func rows(_ arguments: String...) throws -> [[String: Any]] {
            let run = try muster.run(arguments)
            #expect(run.status == 0, "\(run.stderr)")
            return try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        }

        @Test("list shows every waiver with its period and reason; --officer and --active narrow it; csv and table agree")
        func list() throws {
            defer { folder.remove() }
            try agency()
            let listed = try rows("waivers", "list", "--format", "json")
            #expect(listed.map { $0["id"] as? String } == ["1", "2"])
            #expect(listed[0]["officer"] as? String == "1001")
            #expect(listed[0]["module"] as? String == "uof-bwc")
            #expect(listed[0]["from"] as? String == "2026-01-01")
            #expect(listed[0]["until"] is NSNull)
            #expect(listed[0]["reason"] as? String == "medical leave")
            #expect(listed[1]["until"] as? String == "2026-01-31")
            #expect(try rows("waivers", "list", "--officer", "1002", "--format", "json").map { $0["id"] as? String } == ["2"])
            #expect(try rows("waivers", "list", "--active", "--as-of", "2026-03-01", "--format", "json")
                .map { $0["id"] as? String } == ["1"])
            #expect(try rows("waivers", "list", "--active", "--as-of", "2026-01-15", "--format", "json").count == 2)
            let csv = try muster("waivers", "list", "--format", "csv")
            #expect(csv.stdoutLines.first == "id,officer,module,from,until,reason")
            let table = try muster("waivers", "list")
            #expect(table.stdout.hasPrefix("ID  OFFICER"))
            #expect(table.stdout.contains("medical leave"))
        }

        @Test("end moves the last day to the day before --on, keeps the waiver, is audited, and the module is owed again")
        func end() throws {
            defer { folder.remove() }
            try agency()
            let waived = try muster("status", "--officer", "1001", "--as-of", "2026-03-15")
            #expect(waived.stdout.contains("waived"), "\(waived.stdout)")
            let ended = try muster("waivers", "end", "1", "--on", "2026-03-01")
            #expect(ended.status == 0, "\(ended.stderr)")
            #expect(ended.stdout == "waiver 1 ended: its last day is 2026-02-28\n")
            let listed = try rows("waivers", "list", "--officer", "1001", "--format", "json")
            #expect(listed.count == 1)
            #expect(listed.first?["until"] as? String == "2026-02-28")
            #expect(listed.first?["reason"] as? String == "medical leave")
            // Owed again, with the grace a waiver's end gives (due 30 days after its last day).
            let owed = try muster("status", "--officer", "1001", "--as-of", "2026-03-15")
            #expect(!owed.stdout.contains("waived"), "\(owed.stdout)")
            #expect(owed.stdout.contains("assigned"), "\(owed.stdout)")
            #expect(owed.stdout.contains("2026-03-30"), "\(owed.stdout)")
            let log = try muster("audit", "log", "--limit", "1")
            #expect(log.stdout.contains("endWaiver"), "\(log.stdout)")
            #expect(try muster("audit", "verify").status == 0)
        }

        @Test("ending is refused for an unknown id, a day not after its first day, or a waiver already over", arguments: [
            (["waivers", "end", "9", "--on", "2026-03-01"], "no waiver has id 9"),
            (["waivers", "end", "1", "--on", "2026-01-01"], "waiver 1: on 2026-01-01 is not after its first day 2026-01-01"),
            (["waivers", "end", "2", "--on", "2026-02-01"], "waiver 2: on 2026-02-01 is after its last day 2026-01-31"),
            (["waivers", "end", "1", "--on", "2026-13-01"], "--on"),
        ])
        func refusals(arguments: [String], message: String) throws {
            defer { folder.remove() }
            try agency()
            let run = try muster.run(arguments)
            #expect(run.status == 1 || run.status == 2)
            #expect(run.stderr.contains(message), "\(run.stderr)")
            let listed = try rows("waivers", "list", "--format", "json")
            #expect(listed.map { $0["until"] as? String } == [nil, "2026-01-31"])
        }
    }
}
