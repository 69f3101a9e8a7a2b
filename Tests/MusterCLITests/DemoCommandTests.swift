import Foundation
import MusterTestSupport
import Testing

extension CLISuites {
    /// `muster demo` writes its agency through the bulk write paths; the result must be reproducible and
    /// pass the audit check like any other records.
    @Suite("muster demo")
    struct DemoCommandTests {
        let folder: TemporaryDirectory
        let muster: MusterBinary

        init() throws {
            folder = try TemporaryDirectory()
            muster = MusterBinary(environment: ["USER": "coord"], workingDirectory: folder.url)
        }

        @Test("the same seed builds the same agency, and its audit trail verifies intact")
        func reproducibleAndAudited() throws {
            defer { folder.remove() }
            var rosters: [String] = []
            for name in ["one.sqlite", "two.sqlite"] {
                let path = folder.file(name)
                let build = try muster("demo", "--officers", "40", "--seed", "5", "--as-of", "2026-11-23", "--db", path)
                #expect(build.status == 0, "\(build.stderr)")
                #expect(build.stdout.contains("40 officers"))
                let verify = try muster("audit", "verify", "--db", path)
                #expect(verify.status == 0, "\(verify.stdout)")
                #expect(verify.stdout.contains("intact"))
                let roster = try muster("export", "roster", "--db", path)
                #expect(roster.status == 0)
                rosters.append(roster.stdout)
            }
            #expect(rosters[0].split(separator: "\n").count > 100)
            #expect(rosters[0] == rosters[1])
        }

        @Test("a database that already holds officers is refused and left as it was")
        func refusesExistingRecords() throws {
            defer { folder.remove() }
            let path = folder.file("agency.sqlite")
            #expect(try muster("demo", "--officers", "5", "--seed", "1", "--db", path).status == 0)
            let again = try muster("demo", "--officers", "5", "--seed", "2", "--db", path)
            #expect(again.status != 0)
            #expect(again.stderr.contains("already holds officers"))
            #expect(try muster("audit", "verify", "--db", path).status == 0)
        }
    }
}
