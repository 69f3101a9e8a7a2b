import Foundation
import MusterTestSupport
import Testing

extension CLISuites {
    /// The demo agency carries what the receivers' rosters need: a state number for every officer but the two
    /// latest hires, the shipped modules' course numbers, and a spread of every program status.
    @Suite("muster demo: rosters and programs")
    struct DemoProfileCommandTests {
        let folder: TemporaryDirectory
        let muster: MusterBinary

        init() throws {
            folder = try TemporaryDirectory()
            muster = MusterBinary(workingDirectory: folder.url)
        }

        func demo(officers: Int) throws -> String {
            let path = folder.file("demo.sqlite")
            let build = try muster("demo", "--officers", String(officers), "--seed", "5", "--as-of", "2026-11-23", "--db", path)
            #expect(build.status == 0, "\(build.stderr)")
            return path
        }

        @Test("all but the two latest hires with a completion have a distinct seven-digit post_id; Utah's roster lists just their rows")
        func postIDs() throws {
            defer { folder.remove() }
            let path = try demo(officers: 60)
            let run = try muster("officers", "list", "--agency", "home", "--format", "json", "--db", path)
            let officers = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
            #expect(officers.count == 60)
            let numbers = officers.compactMap { $0["post_id"] as? String }
            #expect(numbers.count == 58)
            #expect(Set(numbers).count == 58)
            #expect(numbers.allSatisfy { $0.count == 7 && $0.allSatisfy(\.isNumber) })
            let missing = Set(officers.filter { $0["post_id"] is NSNull }.compactMap { $0["badge"] as? String })

            let utah = try muster("export", "roster", "--profile", "ut-acadis", "--db", path, "-o", folder.file("utah.csv"))
            #expect(utah.status == 1)
            let refused = utah.stderr.split(separator: "\n").filter { $0.hasPrefix("officer ") }
            #expect(!refused.isEmpty && refused.count < 40, "\(utah.stderr)")
            #expect(Set(refused.compactMap { $0.split(separator: " ").dropFirst().first.map(String.init) }) == missing)
            #expect(!FileManager.default.fileExists(atPath: folder.file("utah.csv")))
        }

        @Test("TCOLE's roster of the de-escalation course has course 1849 on every row and lacks only the missing PIDs")
        func tcole() throws {
            defer { folder.remove() }
            let path = try demo(officers: 60)
            let run = try muster("officers", "list", "--agency", "home", "--format", "json", "--db", path)
            let officers = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
            let missing = officers.filter { $0["post_id"] is NSNull }
            let refused = try muster("export", "roster", "--profile", "tx-tcole", "--module", "uof-deescalation", "--db", path)
            let lines = refused.stderr.split(separator: "\n").filter { $0.hasPrefix("officer ") }
            #expect(lines.allSatisfy { $0.hasSuffix("--post-id ID)") }, "\(refused.stderr)")
            // Up to the day the earlier of them was hired, neither has a row: every row is there, each with its PID and 1849.
            let hired = try #require(missing.compactMap { $0["hire_date"] as? String }.min())
            let tcole = try muster("export", "roster", "--profile", "tx-tcole", "--module", "uof-deescalation", "--to", hired, "--db", path)
            #expect(tcole.status == 0, "\(tcole.stderr)")
            #expect(tcole.stdoutLines.count > 10)
            #expect(tcole.stdoutLines.dropFirst().allSatisfy { line in
                let cells = line.split(separator: ",", omittingEmptySubsequences: false)
                return cells[0].count == 7 && cells[3] == "1849"
            })
        }

        @Test("the demo's program shows complete, at-risk, in-progress and deficient officers")
        func programSpread() throws {
            defer { folder.remove() }
            let path = try demo(officers: 400)
            let run = try muster("status", "--programs", "--format", "json", "--db", path)
            let rows = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
            #expect(Set(rows.compactMap { $0["status"] as? String }) == ["complete", "at-risk", "in-progress", "deficient"])
        }
    }
}
