import Foundation
import MusterTestSupport
import Testing

extension CLISuites {
    /// Partner agencies, liaisons, incidents and the origin of what they trigger, through the real executable.
    @Suite("muster agencies, liaisons and incidents")
    struct AgenciesIncidentsCommandTests {
        let folder: TemporaryDirectory
        let muster: MusterBinary

        init() throws {
            (folder, muster) = try MusterBinary.inTemporaryAgency()
        }

        /// A home agency of two Patrol officers, a partner agency with one officer also in "Patrol", and a unit
        /// assignment of the home agency.
        func agency() throws {
            #expect(try muster.initAgency(officers: "badge,last_name,first_name,unit\n1001,Saldaña,Zoë,Patrol\n"
                + "1002,Baker,Sam,Patrol\n").status == 0)
            #expect(try muster("agencies", "add", "lecc-east", "--name", "East task force").status == 0)
            let partner = try muster("officers", "add", "--badge", "P-1", "--last-name", "Partner", "--first-name", "Pat",
                                     "--unit", "Patrol", "--agency", "lecc-east")
            #expect(partner.stdout == "added officer P-1: Partner, Pat (agency lecc-east)\n", "\(partner.stderr)")
            #expect(try muster("assign", "uof-reporting", "--unit", "Patrol", "--due", "2026-06-30").status == 0)
        }

        func rows(_ arguments: String...) throws -> [[String: Any]] {
            try rows(muster, arguments)
        }

        func rows(_ binary: MusterBinary, _ arguments: [String]) throws -> [[String: Any]] {
            let run = try binary.run(arguments)
            #expect(run.status == 0, "\(run.stderr)")
            return try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        }

        @Test("partner officers are listed with their agency, left out of the home agency's status and compliance")
        func partnerOfficers() throws {
            defer { folder.remove() }
            try agency()
            #expect(try rows("agencies", "list", "--format", "json").map { "\($0["id"]!) \($0["officers"]!)" }
                    == ["home 2", "lecc-east 1"])
            #expect(try rows("officers", "list", "--format", "json").map { "\($0["badge"]!) \($0["agency"]!)" }
                    == ["1001 home", "1002 home", "P-1 lecc-east"])
            #expect(Set(try rows("status", "--format", "json").map { $0["badge"] as? String }) == ["1001", "1002"])
            #expect(try rows("status", "--agency", "lecc-east", "--format", "json").isEmpty)
            let compliance = try muster("export", "compliance", "--format", "json")
            #expect(compliance.status == 0)
            #expect(!compliance.stdout.contains("P-1"))
            #expect(try muster("officers", "add", "--badge", "X-1", "--last-name", "X", "--first-name", "Y",
                               "--agency", "nowhere").status == 1)
            #expect(try muster("status", "--agency", "nowhere").status == 1)
        }

        @Test("a roster exports per agency")
        func rosterPerAgency() throws {
            defer { folder.remove() }
            try agency()
            #expect(try muster("record", "uof-reporting", "--officer", "P-1", "--on", "2026-03-02", "--score", "90").status == 0)
            #expect(try muster("record", "uof-reporting", "--officer", "1001", "--on", "2026-03-02", "--score", "90").status == 0)
            #expect(try rows("export", "roster", "--agency", "lecc-east", "--format", "json").map { $0["badge"] as? String } == ["P-1"])
            #expect(try rows("export", "roster", "--agency", "home", "--format", "json").map { $0["badge"] as? String } == ["1001"])
            #expect(try rows("export", "roster", "--format", "json").count == 2)
        }

        @Test("an incident assigns what it triggers, due its days after; status JSON carries the origin")
        func incidentTriggersTraining() throws {
            defer { folder.remove() }
            try agency()
            let added = try muster("incidents", "add", "--officer", "1001", "--on", "2026-03-01", "--kind", "use-of-force",
                                   "--note", "baton strike, subject injured")
            #expect(added.status == 0, "\(added.stderr)")
            #expect(added.stdoutLines == ["recorded incident 1",
                                          "assigned uof-wellness (post-incident, trigger uof-wellness-contact) due 2026-03-15: assignment 2"])
            let failed = try rows("incidents", "add", "--officer", "1002", "--on", "2026-03-01", "--kind", "failed-qualification",
                                  "--format", "json")
            #expect(failed.map { "\($0["module"]!) \($0["due"]!) \($0["origin"]!)" } == ["uof-less-lethal-cew 2026-03-31 remedial"])
            let status = try rows("status", "--format", "json")
            let origins = Dictionary(status.map { ("\($0["badge"]!) \($0["module"]!)", "\($0["origin"]!) \($0["due_on"]!)") },
                                     uniquingKeysWith: { first, _ in first })
            #expect(origins["1001 uof-wellness"] == "post-incident 2026-03-15")
            #expect(origins["1002 uof-less-lethal-cew"] == "remedial 2026-03-31")
            #expect(origins["1001 uof-reporting"] == "routine 2026-06-30")
            #expect(try rows("status", "--origin", "remedial", "--format", "json").map { $0["module"] as? String } == ["uof-less-lethal-cew"])
            let listed = try rows("incidents", "list", "--format", "json")
            #expect(listed.map { $0["note"] as? String } == ["baton strike, subject injured", nil])
            #expect(try muster("audit", "verify").status == 0)
        }

        @Test("a completion before the incident leaves what it triggered assigned, then overdue; --explain says why")
        func completionBeforeIncident() throws {
            defer { folder.remove() }
            try agency()
            #expect(try muster("record", "uof-wellness", "--officer", "1001", "--on", "2026-01-10").status == 0)
            #expect(try muster("incidents", "add", "--officer", "1001", "--on", "2026-03-01", "--kind", "use-of-force").status == 0)
            func wellness(_ asOf: String) throws -> String? {
                try rows("status", "--officer", "1001", "--as-of", asOf, "--format", "json")
                    .first { $0["module"] as? String == "uof-wellness" }.map { "\($0["status"]!) \($0["origin"]!)" }
            }
            #expect(try wellness("2026-02-01") == nil)
            #expect(try wellness("2026-03-05") == "assigned post-incident")
            #expect(try wellness("2026-04-01") == "overdue post-incident")
            // The whole agency's report reads the cut history: it must agree.
            let agencyWide = try rows("status", "--as-of", "2026-04-01", "--format", "json")
                .filter { $0["badge"] as? String == "1001" && $0["module"] as? String == "uof-wellness" }
            #expect(agencyWide.map { $0["status"] as? String } == ["overdue"])
            let explained = try muster("status", "--officer", "1001", "--as-of", "2026-04-01", "--explain")
            #expect(explained.stdout.contains("completion #1 on 2026-01-10 does not count: dated before the incident of 2026-03-01"),
                    "\(explained.stdout)")
            #expect(try muster("record", "uof-wellness", "--officer", "1001", "--on", "2026-03-10").status == 0)
            #expect(try wellness("2026-04-01") == "current post-incident")
        }

        @Test("a liaison sees only its agency's people; an instructor sees no incident note",
              .enabled(if: HostUsers.isAvailable, "needs root to add a user"))
        func liaison() throws {
            let users = HostUsers()
            defer {
                users.remove()
                folder.remove()
            }
            try agency()
            let liaison = try users.addUser("l")
            let instructor = try users.addUser("i")
            #expect(try muster("users", "grant", liaison, "liaison", "--agency", "lecc-east").status == 0)
            #expect(try muster("users", "grant", instructor, "instructor").status == 0)
            #expect(try muster("incidents", "add", "--officer", "1001", "--on", "2026-03-01", "--kind", "critical-incident",
                               "--note", "pursuit ended in a crash").status == 0)
            // The others read the file as it is: it and its folder readable, the writer gone.
            for path in [folder.path, folder.file("agency.sqlite")] {
                try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
            }
            let asLiaison = muster.launched(by: try users.runAs(liaison))
            #expect(try rows(asLiaison, ["officers", "list", "--format", "json"]).map { $0["badge"] as? String } == ["P-1"])
            #expect(try asLiaison("officers", "show", "P-1").status == 0)
            let refused = try asLiaison("officers", "show", "1001")
            #expect(refused.status == 1)
            #expect(refused.stderr.contains("may read only agency 'lecc-east'"))
            #expect(try asLiaison("status", "--officer", "1001").status == 1)
            #expect(try asLiaison("status", "--agency", "home").status == 1)
            #expect(try rows(asLiaison, ["status", "--format", "json"]).isEmpty)
            #expect(try rows(asLiaison, ["incidents", "list", "--format", "json"]).isEmpty)
            #expect(try asLiaison("export", "roster").status == 1)
            let asInstructor = muster.launched(by: try users.runAs(instructor))
            let incidents = try rows(asInstructor, ["incidents", "list", "--format", "json"])
            #expect(incidents.map { $0["kind"] as? String } == ["critical-incident"])
            #expect(incidents.map { $0["note"] as? String } == [nil])
        }
    }
}
