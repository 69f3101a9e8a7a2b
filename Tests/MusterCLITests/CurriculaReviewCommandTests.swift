import Foundation
import MusterCore
import MusterTestSupport
import Testing

extension CLISuites {
    /// `muster curricula review` through the built binary: a version loaded after the founding curricula is
    /// pending, is shown so, takes no completion, and binds once every sign-off `review.yaml` names is in.
    @Suite("muster curricula review")
    struct CurriculaReviewCommandTests {
        static let source = """
            - { id: s, title: "S", issuer: "I", date: 2020-01-01, binds: "all", status: in-force, url: "https://s.example" }
            """

        static func module(version: String, effective: String) -> String {
            """
            id: m
            title: M
            area: legal
            version: "\(version)"
            effective: \(effective)
            summary: s
            hours: 2
            delivery: [classroom]
            objectives: [o]
            assessment: { kind: attendance }
            validity: { kind: rolling, months: 12 }
            accepts_from: "\(version)"
            prerequisites: []
            """
        }

        /// An agency founded on `m` 2020.1, then `m` 2026.1 (effective 2026-01-01) loaded under a review.yaml
        /// asking civil-rights and approver; officer 100 passed `m` on 2026-02-01.
        static func agency() throws -> (TemporaryDirectory, MusterBinary) {
            let (folder, muster) = try MusterBinary.inTemporaryAgency()
            try folder.write("first/policy-sources.yaml", source)
            try folder.write("first/modules/m.yaml", module(version: "2020.1", effective: "2020-01-01"))
            try folder.write("next/policy-sources.yaml", source)
            try folder.write("next/modules/m.yaml", module(version: "2020.1", effective: "2020-01-01"))
            try folder.write("next/modules/m-2026.yaml", module(version: "2026.1", effective: "2026-01-01"))
            try folder.write("next/review.yaml", "required: [civil-rights, approver]\n")
            #expect(try muster("init", "--curricula", "first").status == 0)
            #expect(try muster("officers", "add", "--badge", "100", "--last-name", "Ames", "--first-name", "A").status == 0)
            #expect(try muster("assign", "m", "--officer", "100").status == 0)
            let load = try muster("curricula", "load", "next")
            #expect(load.status == 0 && load.stdout.contains("m@2026.1"), "\(load.stderr)")
            return (folder, muster)
        }

        @Test("a later version is pending, shown so, takes no completion, and binds once every sign-off is in")
        func reviewFlow() throws {
            let (folder, muster) = try Self.agency()
            defer { folder.remove() }
            var show = try muster("curricula", "show", "m", "--curricula", "next")
            #expect(show.stdout.contains("2020.1  approved: loaded with the founding curricula"))
            #expect(show.stdout.contains("2026.1  PENDING"), "\(show.stdout)")
            #expect(show.stdout.contains("still wanting civil-rights, approver"))

            let recorded = try muster("record", "m", "--officer", "100", "--on", "2026-02-01")
            #expect(recorded.status == 0, "\(recorded.stderr)")
            let named = try muster("record", "m", "--officer", "100", "--on", "2026-02-02", "--version", "2026.1")
            #expect(named.status == 1)
            #expect(named.stderr.contains("pending review"), "\(named.stderr)")
            var status = try muster("status", "--officer", "100", "--format", "json")
            #expect(status.stdout.contains("\"status\": \"current\""), "\(status.stdout)")

            let changes = try muster("curricula", "review", "m@2026.1", "--as", "civil-rights", "--decision", "changes",
                                     "--note", "Name the privacy office")
            #expect(changes.status == 0, "\(changes.stderr)")
            #expect(changes.stdout.contains("still wanting: civil-rights, approver"))
            #expect(try muster("curricula", "review", "m@2026.1", "--as", "civil-rights", "--decision", "approve",
                               "--note", "Done").status == 0)
            let approved = try muster("curricula", "review", "m@2026.1", "--as", "approver", "--decision", "approve",
                                      "--note", "Signed for the council")
            #expect(approved.status == 0)
            #expect(approved.stdout.contains("m@2026.1 is approved on"), "\(approved.stdout)")

            show = try muster("curricula", "show", "m", "--curricula", "next")
            #expect(show.stdout.contains("2026.1  approved"), "\(show.stdout)")
            #expect(show.stdout.contains("civil-rights  changes  by") || show.stdout.contains("civil-rights changes by"))
            #expect(show.stdout.contains("Signed for the council"))
            // Approved today, after 2026-01-01: it binds from today and accepts only itself, so the 2026-02-01
            // completion of 2020.1 no longer counts.
            status = try muster("status", "--officer", "100", "--format", "json")
            #expect(status.stdout.contains("\"status\": \"expired\""), "\(status.stdout)")
            let explained = try muster("status", "--officer", "100", "--explain")
            #expect(explained.stdout.contains("superseded by version 2026.1"), "\(explained.stdout)")

            let again = try muster("curricula", "review", "m@2026.1", "--as", "counsel", "--decision", "approve", "--note", "Late")
            #expect(again.status == 1)
            #expect(again.stderr.contains("takes no more sign-offs"))
            let founding = try muster("curricula", "review", "m@2020.1", "--as", "approver", "--decision", "approve", "--note", "x")
            #expect(founding.status == 1)
            #expect(founding.stderr.contains("founding curricula"))
            let verify = try muster("audit", "verify")
            #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
        }

        @Test("curricula show --format json carries each version's trail: approval, what is missing, the sign-offs")
        func reviewTrailJSON() throws {
            let (folder, muster) = try Self.agency()
            defer { folder.remove() }
            func trail() throws -> [[String: Any]] {
                let show = try muster("curricula", "show", "m", "--curricula", "next", "--format", "json")
                #expect(show.status == 0, "\(show.stderr)")
                let module = try #require(try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any])
                #expect(module["id"] as? String == "m")
                return try #require(module["review"] as? [[String: Any]])
            }
            var versions = try trail()
            #expect(versions.map { "\($0["version"]!) \($0["approval"]!)" } == ["2020.1 approved-at-load", "2026.1 pending"])
            #expect(versions[0]["binds_from"] as? String == "2020-01-01")
            #expect(versions[1]["binds_from"] is NSNull)
            #expect(versions[1]["missing"] as? [String] == ["civil-rights", "approver"])
            #expect(try muster("curricula", "review", "m@2026.1", "--as", "civil-rights", "--decision", "changes",
                               "--note", "Name the privacy office").status == 0)
            #expect(try muster("curricula", "review", "m@2026.1", "--as", "civil-rights", "--decision", "approve",
                               "--note", "Done").status == 0)
            versions = try trail()
            #expect(versions[1]["approval"] as? String == "pending")
            #expect(versions[1]["missing"] as? [String] == ["approver"])
            let signOffs = try #require(versions[1]["sign_offs"] as? [[String: Any]])
            let today = CalendarDate.today().iso
            #expect(signOffs.map { "\($0["role"]!) \($0["decision"]!) \($0["note"]!) \($0["on"]!)" }
                    == ["civil-rights changes Name the privacy office \(today)", "civil-rights approve Done \(today)"])
            #expect(signOffs.allSatisfy { ($0["login"] as? String)?.isEmpty == false })
            #expect(try muster("curricula", "review", "m@2026.1", "--as", "approver", "--decision", "approve",
                               "--note", "Signed").status == 0)
            versions = try trail()
            #expect(versions[1]["approval"] as? String == "approved")
            #expect(versions[1]["approved_on"] as? String == today)
            #expect(versions[1]["binds_from"] as? String == today)
            #expect(versions[1]["missing"] as? [String] == [])
            // Without a database there is no trail to read: the key is left out.
            var bare = muster
            bare.environment["MUSTER_DB"] = folder.file("none.sqlite")
            let alone = try bare("curricula", "show", "m", "--curricula", "next", "--format", "json")
            #expect(alone.status == 0 && !alone.stdout.contains("\"review\""), "\(alone.stderr)")
        }

        @Test("bad review command lines are refused before anything is written", arguments: [
            (["curricula", "review", "m", "--as", "approver", "--decision", "approve", "--note", "n"], 2),
            (["curricula", "review", "m@2026.1", "--as", "boss", "--decision", "approve", "--note", "n"], 2),
            (["curricula", "review", "m@2026.1", "--as", "approver", "--decision", "maybe", "--note", "n"], 2),
            (["curricula", "review", "m@2026.1", "--as", "approver", "--decision", "approve"], 2),
            (["curricula", "review", "m@2026.1", "--as", "approver", "--decision", "approve", "--note", "  "], 1),
            (["curricula", "review", "m@2030.1", "--as", "approver", "--decision", "approve", "--note", "n"], 1),
            (["curricula", "review", "nope@1", "--as", "approver", "--decision", "approve", "--note", "n"], 1),
        ] as [([String], Int32)])
        func badInput(arguments: [String], status: Int32) throws {
            let (folder, muster) = try Self.agency()
            defer { folder.remove() }
            let run = try muster.run(arguments)
            #expect(run.status == status, "\(run.stderr)")
            #expect(!run.stderr.isEmpty)
            #expect(try muster("curricula", "show", "m", "--curricula", "next").stdout.contains("2026.1  PENDING"))
        }

        @Test("a reviewer login may sign off but not record training", .enabled(if: HostUsers.isAvailable))
        func reviewerRole() throws {
            let users = HostUsers()
            defer { users.remove() }
            let reviewer = try users.addUser("rev")
            let (folder, muster) = try Self.agency()
            defer { folder.remove() }
            #expect(try muster("users", "grant", reviewer, "reviewer").status == 0)
            try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: folder.path)
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasPrefix("agency.sqlite") {
                try FileManager.default.setAttributes([.posixPermissions: 0o666], ofItemAtPath: folder.file(name))
            }
            let asReviewer = muster.launched(by: try users.runAs(reviewer))
            let signed = try asReviewer("curricula", "review", "m@2026.1", "--as", "civil-rights", "--decision", "approve",
                                        "--note", "CRCL")
            #expect(signed.status == 0, "\(signed.stderr)")
            #expect(signed.stdout.contains("still wanting: approver"))
            let record = try asReviewer("record", "m", "--officer", "100", "--on", "2026-02-01")
            #expect(record.status == 1)
            #expect(record.stderr.contains("may not record completions"), "\(record.stderr)")
            let show = try muster("curricula", "show", "m", "--curricula", "next")
            #expect(show.stdout.contains("by \(reviewer): CRCL") || show.stdout.contains("by \(reviewer):"))
        }
    }
}
