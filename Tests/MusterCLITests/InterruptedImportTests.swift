import Foundation
import MusterCore
import MusterTestSupport
import Testing

extension CLISuites {
    /// `kill -9` in the middle of a large class roster: the database holds all of it or none of it.
    @Suite("interrupted imports")
    struct InterruptedImportTests {
        @Test("a roster import killed mid-write leaves nothing partial, and the audit trail stays intact")
        func killedRosterImport() throws {
            let folder = try TemporaryDirectory()
            defer { folder.remove() }
            let muster = MusterBinary(environment: ["MUSTER_DB": folder.file("agency.sqlite")])
            #expect(try muster("init").status == 0)
            let officers = (0..<500).map { "\(20_000 + $0),Officer,Number \($0),Patrol" }
            try folder.write("officers.csv", (["badge,last_name,first_name,unit"] + officers).joined(separator: "\n"))
            #expect(try muster("officers", "import", folder.file("officers.csv")).status == 0)
            var rows = ["badge,module_id,completed_on,score"]
            let newYear = try #require(CalendarDate(iso: "2025-01-01"))
            for day in 0..<60 {
                let date = newYear.adding(days: -day).iso
                for officer in 0..<500 { rows.append("\(20_000 + officer),uof-reporting,\(date),\(80 + officer % 20)") }
            }
            try folder.write("roster.csv", rows.joined(separator: "\n"))

            let process = Process()
            process.executableURL = muster.executable
            process.arguments = ["record", "--from", folder.file("roster.csv")]
            process.environment = ProcessInfo.processInfo.environment.merging(
                ["MUSTER_DB": folder.file("agency.sqlite")]) { $1 }
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: 1.0)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()

            let export = try muster("export", "roster", "--format", "csv")
            #expect(export.status == 0)
            let stored = export.stdoutLines.count - 1
            #expect(stored == 0 || stored == 30_000, "found \(stored) of 30000 rows")
            #expect(try muster("audit", "verify").status == 0)
        }
    }
}
