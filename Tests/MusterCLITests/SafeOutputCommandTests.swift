import Foundation
@testable import MusterCLI
import MusterTestSupport
import Testing

extension CLISuites {
    /// Output files, CSV cells, failed writes to standard output, retried records and control characters,
    /// through the real executable.
    @Suite("muster outputs: -o, formula cells, failed writes, retries, escapes")
    struct SafeOutputCommandTests {
        let folder: TemporaryDirectory
        let muster: MusterBinary

        init() throws {
            (folder, muster) = try MusterBinary.inTemporaryAgency()
        }

        /// A database with the shipped curricula and two officers whose names a spreadsheet would run.
        func agency() throws {
            #expect(try muster.initAgency(officers: "badge,last_name,first_name,unit\n1001,\"=HYPERLINK(\"\"http://x\"\")\",-Ann,Patrol\n"
                + "1002,Baker,@Sam,Patrol\n").status == 0)
        }

        func rosterRows() throws -> Int {
            let run = try muster("export", "roster", "--format", "json")
            let rows = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [Any])
            return rows.count
        }

        /// Runs muster with its standard output on `stdout` (a file handle), capturing standard error.
        func run(_ arguments: [String], stdout: FileHandle) throws -> (status: Int32, reason: Process.TerminationReason, stderr: String) {
            let process = Process()
            process.executableURL = muster.executable
            process.arguments = arguments
            process.environment = ProcessInfo.processInfo.environment.merging(muster.environment) { $1 }
            process.currentDirectoryURL = muster.workingDirectory
            let err = Pipe()
            process.standardOutput = stdout
            process.standardError = err
            try process.run()
            let errData = err.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return (process.terminationStatus, process.terminationReason, String(decoding: errData, as: UTF8.self))
        }

        @Test("export -o onto the database or its companions is refused and the database stays whole",
              arguments: ["agency.sqlite", "agency.sqlite-wal", "agency.sqlite-shm", "agency.sqlite-journal", "./agency.sqlite"])
        func ontoDatabase(name: String) throws {
            defer { folder.remove() }
            try agency()
            for force in [[], ["--force"]] {
                let run = try muster.run(["export", "roster", "-o", name, "--db", folder.file("agency.sqlite")] + force)
                #expect(run.status == 1)
                #expect(run.stderr.contains("write the export somewhere else"))
                #expect(!run.stderr.contains("wrote"))
            }
            #expect(try muster("audit", "verify").status == 0)
            #expect(try muster("officers", "list", "--format", "json").status == 0)
        }

        @Test("-o through a symlink is refused; an existing file needs --force and keeps its mode; a new one is 0600")
        func outputFileRules() throws {
            defer { folder.remove() }
            try agency()
            let secret = try folder.write("secret", "private\n")
            chmod(secret, 0o600)
            try FileManager.default.createSymbolicLink(atPath: folder.file("link.csv"), withDestinationPath: secret)
            let linked = try muster("export", "roster", "-o", "link.csv", "--force")
            #expect(linked.status == 1)
            #expect(linked.stderr.contains("symbolic link"))
            #expect(try String(contentsOfFile: secret, encoding: .utf8) == "private\n")

            let existing = try folder.write("roster.csv", "old\n")
            chmod(existing, 0o640)
            let refused = try muster("export", "roster", "-o", "roster.csv")
            #expect(refused.status == 1)
            #expect(refused.stderr.contains("already exists; use --force"))
            #expect(try String(contentsOfFile: existing, encoding: .utf8) == "old\n")
            #expect(try muster("export", "roster", "-o", "roster.csv", "--force").status == 0)
            #expect(try String(contentsOfFile: existing, encoding: .utf8).hasPrefix("badge,"))
            #expect(try FileManager.default.attributesOfItem(atPath: existing)[.posixPermissions] as? Int == 0o640)

            #expect(try muster("export", "compliance", "-o", "new.csv").status == 0)
            #expect(try FileManager.default.attributesOfItem(atPath: folder.file("new.csv"))[.posixPermissions] as? Int == 0o600)
        }

        @Test("cells a spreadsheet would run get a ' in every CSV Muster writes; JSON keeps them", arguments: [
            ["officers", "list", "--format", "csv"],
            ["export", "roster"],
            ["export", "roster", "--excel"],
            ["export", "compliance"],
        ])
        func formulaCells(arguments: [String]) throws {
            defer { folder.remove() }
            try agency()
            #expect(try muster("record", "uof-neck-restraints", "--officer", "1001", "--on", "2026-02-10").status == 0)
            #expect(try muster("assign", "uof-neck-restraints", "--unit", "Patrol").status == 0)
            let run = try muster.run(arguments)
            #expect(run.status == 0)
            #expect(run.stdout.contains("\"'=HYPERLINK(\"\"http://x\"\")\""))
            #expect(run.stdout.contains(",'-Ann"))
            #expect(!run.stdout.contains(",=") && !run.stdout.contains(",-Ann") && !run.stdout.contains(",@"))
            let json = try muster("officers", "list", "--format", "json")
            #expect(json.stdout.contains("\"=HYPERLINK(\\\"http://x\\\")\""))
        }

        @Test("record with standard output on a full disk exits 3 and records nothing; so does a closed pipe")
        func failedStandardOutput() throws {
            defer { folder.remove() }
            try agency()
            let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
            for format in ["table", "json"] {
                let run = try run(["record", "uof-neck-restraints", "--officer", "1001", "--on", "2026-02-10", "--format", format],
                                  stdout: full)
                #expect(run.reason == .exit)
                #expect(run.status == 3)
                #expect(run.stderr.contains("cannot write standard output"))
            }
            #expect(try rosterRows() == 0)
            let listing = try run(["officers", "list"], stdout: full)
            #expect(listing.reason == .exit && listing.status == 3)

            let pipe = Pipe()
            try pipe.fileHandleForReading.close()
            let closed = try run(["record", "uof-neck-restraints", "--officer", "1001", "--on", "2026-02-10"],
                                 stdout: pipe.fileHandleForWriting)
            #expect(closed.reason == .exit)
            #expect(closed.status == 3)
            #expect(try rosterRows() == 0)
            let csv = try run(["officers", "list", "--format", "csv"], stdout: pipe.fileHandleForWriting)
            #expect(csv.reason == .exit && csv.status == 3)
        }

        @Test("a retried record reports the completion on record and stores nothing")
        func retriedRecord() throws {
            defer { folder.remove() }
            try agency()
            let arguments = ["record", "uof-neck-restraints", "--officer", "1001", "--on", "2026-02-10", "--hours", "2"]
            let first = try muster.run(arguments)
            #expect(first.status == 0)
            let events = try muster("audit", "log", "--format", "json").stdout
            let again = try muster.run(arguments)
            #expect(again.status == 0)
            #expect(again.stdout == first.stdout)
            #expect(again.stderr.contains("already on record #\(first.stdout.trimmingCharacters(in: .whitespacesAndNewlines))"))
            let json = try muster.run(arguments + ["--format", "json"])
            #expect(json.stdout.contains("\"already_on_record\": true"))
            #expect(try rosterRows() == 1)
            #expect(try muster("audit", "log", "--format", "json").stdout == events)
        }

        @Test("control characters reach the terminal as visible escapes, in messages and tables")
        func escapes() throws {
            defer { folder.remove() }
            try agency()
            let run = try muster("officers", "show", "\u{1B}[2J\u{1B}]0;pwned\u{07}X")
            #expect(run.status != 0)
            #expect(run.stderr.contains("^[[2J^[]0;pwned^GX"))
            #expect(!run.stderr.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
            var table = TextTable(["NAME", "NOTE"])
            table.append(["Ann\u{1B}[31m", "two\nlines\ttab"])
            #expect(table.render().split(separator: "\n").last == "Ann^[[31m  two^Jlines^Itab")
            // JSON printed by a command stays valid JSON: DEL and C1 as \u escapes, the data unchanged.
            let json = try JSONOutput.string(["name": "a\u{9B}b\u{7F}"])
            #expect(json == "{\n  \"name\": \"a\\u009bb\\u007f\"\n}")
            let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: String]
            #expect(decoded == ["name": "a\u{9B}b\u{7F}"])
        }
    }
}
