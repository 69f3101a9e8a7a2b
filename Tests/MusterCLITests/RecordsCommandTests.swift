import Foundation
import MusterTestSupport
import Testing

extension CLISuites {
    /// The records commands through the real executable, each test on its own temporary database.
    @Suite("muster records commands")
    struct RecordsCommandTests {
        let folder: TemporaryDirectory
        let muster: MusterBinary

        init() throws {
            (folder, muster) = try MusterBinary.inTemporaryAgency()
        }

        /// A database with the shipped curricula and three officers; the tests' own login is the coordinator.
        func agency() throws {
            let run = try muster.initAgency(officers: "\u{FEFF}badge,last_name,first_name,unit,login\r\n"
                + "1001,Saldaña,Zoë,Patrol North,zsaldana\r\n1002,\"O'Brien, Jr.\",Pat,Patrol North,\r\n1003,山田,太郎,Traffic,\r\n")
            #expect(run.status == 0)
            #expect(run.stdout == "imported: 3 new, 0 updated, 0 unchanged, 0 separated\n")
        }

        func json(_ run: MusterBinary.Run) throws -> [[String: Any]] {
            try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        }

        @Test("init makes the invoking login a coordinator and loads the curricula")
        func initialise() throws {
            defer { folder.remove() }
            var claimingRoot = muster
            claimingRoot.environment["USER"] = "someone-else"
            let run = try claimingRoot("init")
            #expect(run.status == 0)
            // The login is the real user's account: $USER is no one's say.
            let me = try HostUsers.currentLogin()
            #expect(run.stdout.contains("login '\(me)' is now a coordinator"))
            let users = try json(try muster("users", "list", "--format", "json"))
            #expect(users.map { $0["login"] as? String } == [me])
            #expect(users.map { $0["role"] as? String } == ["coordinator"])
        }

        @Test("a command on a missing database says how to create one")
        func missingDatabase() throws {
            defer { folder.remove() }
            let run = try muster("officers", "list")
            #expect(run.status == 1)
            #expect(run.stderr.contains("muster init"))
            #expect(!FileManager.default.fileExists(atPath: folder.file("agency.sqlite")))
        }

        @Test("a bad officers CSV reports every bad row and writes nothing")
        func badImport() throws {
            defer { folder.remove() }
            try agency()
            try folder.write("bad.csv", "badge,last_name,first_name,hire_date,status\n2001,Ok,Fine,2020-01-01,active\n"
                + "2002,,Missing,2020-13-01,active\n2003,Bad,Status,,retired\n")
            let run = try muster("officers", "import", "bad.csv")
            #expect(run.status == 1)
            #expect(run.stderr.contains("bad.csv:3: last_name:"))
            #expect(run.stderr.contains("bad.csv:3: hire_date:"))
            #expect(run.stderr.contains("bad.csv:4: status:"))
            let officers = try json(try muster("officers", "list", "--format", "json"))
            #expect(officers.compactMap { $0["badge"] as? String } == ["1001", "1002", "1003"])
        }

        @Test("record prints the new id, and status follows record, void and waive")
        func recordVoidWaive() throws {
            defer { folder.remove() }
            try agency()
            #expect(try muster("assign", "uof-neck-restraints", "--officer", "1001", "--due", "2026-01-31", "--from", "2026-01-01").status == 0)
            let before = try json(try muster("status", "--officer", "1001", "--as-of", "2026-03-01", "--format", "json"))
            #expect(before.first?["status"] as? String == "overdue")

            let recorded = try muster("record", "uof-neck-restraints", "--officer", "1001", "--on", "2026-02-10", "--format", "json")
            #expect(recorded.status == 0)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(recorded.stdout.utf8)) as? [String: Any])
            let id = try #require(object["id"] as? Int)

            let current = try json(try muster("status", "--officer", "1001", "--as-of", "2026-03-01", "--format", "json"))
            #expect(current.first?["status"] as? String == "current")
            #expect(current.first?["completed_on"] as? String == "2026-02-10")
            #expect(current.first?["expires_on"] as? String == "2027-02-10")
            #expect(current.first?["valid_through"] as? String == "2027-02-09")
            #expect(Set(current.first?.keys.map { $0 } ?? [])
                == ["badge", "module", "status", "completed_on", "expires_on", "due_on", "valid_through", "origin"])

            #expect(try muster("void", String(id), "--reason", "wrong officer").status == 0)
            let voided = try muster("status", "--officer", "1001", "--as-of", "2026-03-01", "--explain")
            #expect(voided.stdout.contains("overdue"))
            #expect(voided.stdout.contains("voided"))

            #expect(try muster("waive", "uof-neck-restraints", "--officer", "1001", "--reason", "medical leave",
                               "--from", "2026-02-01", "--until", "2026-06-30").status == 0)
            let waived = try json(try muster("status", "--officer", "1001", "--as-of", "2026-03-01", "--format", "json"))
            #expect(waived.first?["status"] as? String == "waived")
        }

        @Test("records that break a rule are refused with exit 1 and a reason", arguments: [
            (["record", "uof-neck-restraints", "--officer", "9999"], "unknown badge '9999'"),
            (["record", "no-such-module", "--officer", "1001"], "unknown module 'no-such-module'"),
            (["record", "uof-neck-restraints", "--officer", "1001", "--on", "2099-01-01"], "in the future"),
            (["record", "uof-reporting", "--officer", "1001", "--score", "140"], "outside 0–100"),
            (["void", "424242", "--reason", "x"], "unknown completion 424242"),
        ])
        func refusals(arguments: [String], message: String) throws {
            defer { folder.remove() }
            try agency()
            let run = try muster.run(arguments)
            #expect(run.status == 1)
            #expect(run.stderr.contains(message))
        }

        @Test("usage errors exit 2", arguments: [
            ["record", "uof-reporting"],
            ["assign", "uof-reporting"],
            ["status", "--as-of", "yesterday"],
            ["export", "roster", "--format", "xml"],
        ])
        func usage(arguments: [String]) throws {
            defer { folder.remove() }
            try agency()
            #expect(try muster.run(arguments).status == 2)
        }

        @Test("a class roster is recorded once; re-running it adds nothing")
        func rosterIdempotent() throws {
            defer { folder.remove() }
            try agency()
            try folder.write("class.csv", "badge,module_id,completed_on,score,instructor\n"
                + "1001,uof-reporting,2026-03-02,91,Sgt. Alvarez\n1002,uof-reporting,2026-03-02,88,Sgt. Alvarez\n")
            let first = try muster("record", "--from", "class.csv")
            #expect(first.status == 0)
            #expect(first.stdout.contains("recorded 2 new completion(s); 0 duplicate(s)"))
            let second = try muster("record", "--from", "class.csv")
            #expect(second.stdout.contains("recorded 0 new completion(s); 2 duplicate(s)"))
        }

        @Test("the roster export has the contract columns and round-trips through Python's csv module")
        func rosterExport() throws {
            defer { folder.remove() }
            try agency()
            #expect(try muster("record", "uof-reporting", "--officer", "1002", "--on", "2026-03-02", "--score", "90",
                               "--instructor", "Lt. \"Doc\" Ng, PhD").status == 0)
            let run = try muster("export", "roster", "-o", "roster.csv")
            #expect(run.status == 0)
            let text = try String(contentsOfFile: folder.file("roster.csv"), encoding: .utf8)
            #expect(text.hasPrefix("badge,last_name,first_name,unit,module_id,module_title,module_version,completed_on,result,score,hours,instructor,expires_on,valid_through,post_id\n"))
            let python = Process()
            python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            python.arguments = ["python3", "-c", """
                import csv, sys
                rows = list(csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8')))
                assert len(rows) == 1, rows
                assert rows[0]['last_name'] == "O'Brien, Jr.", rows[0]
                assert rows[0]['instructor'] == 'Lt. "Doc" Ng, PhD', rows[0]
                assert rows[0]['score'] == '90' and rows[0]['expires_on'] == '2027-03-02', rows[0]
                assert rows[0]['valid_through'] == '2027-03-01', rows[0]
                """, folder.file("roster.csv")]
            try python.run()
            python.waitUntilExit()
            #expect(python.terminationStatus == 0)

            let excel = try muster("export", "roster", "--excel", "-o", "roster-excel.csv")
            #expect(excel.status == 0)
            let bytes = try #require(FileManager.default.contents(atPath: folder.file("roster-excel.csv")))
            #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
            #expect(String(decoding: bytes, as: UTF8.self).contains("expires_on,valid_through,post_id\r\n"))
        }

        @Test("status and export help say which expiry date is which", arguments: [
            ["status", "--help"], ["export", "roster", "--help"], ["export", "compliance", "--help"],
        ])
        func expiryHelp(arguments: [String]) throws {
            defer { folder.remove() }
            let run = try muster.run(arguments)
            #expect(run.status == 0)
            let words = run.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(words.contains("expires_on: the first day that no longer counts; valid_through: the last day that counts"))
        }

        @Test("status --certifications gives certified_through beside certified_until")
        func certificationColumns() throws {
            defer { folder.remove() }
            try agency()
            #expect(try muster("assign", "cert-less-lethal-cew", "--officer", "1001", "--due", "2026-06-30", "--from", "2026-01-01").status == 0)
            let rows = try json(try muster("status", "--certifications", "--officer", "1001", "--as-of", "2026-03-01",
                                           "--format", "json"))
            #expect(rows.count == 1)
            #expect(Set(rows.first?.keys.map { $0 } ?? [])
                == ["badge", "certification", "status", "certified_until", "certified_through"])
            let csv = try muster("status", "--certifications", "--officer", "1001", "--as-of", "2026-03-01", "--format", "csv")
            #expect(csv.stdoutLines.first == "badge,certification,status,certified_until,certified_through")
        }

        @Test("the compliance export has one row per active officer and requirement")
        func complianceExport() throws {
            defer { folder.remove() }
            try agency()
            #expect(try muster("assign", "uof-reporting", "--unit", "Patrol North", "--due", "2026-06-30", "--from", "2026-01-01").status == 0)
            let run = try muster("export", "compliance", "--as-of", "2026-03-01")
            #expect(run.status == 0)
            #expect(run.stdoutLines == [
                "badge,last_name,first_name,unit,module_id,module_title,status,completed_on,expires_on,due_on,valid_through,post_id,origin",
                "1001,Saldaña,Zoë,Patrol North,uof-reporting,Use-of-force reporting and data collection,assigned,,,2026-06-30,,,routine",
                "1002,\"O'Brien, Jr.\",Pat,Patrol North,uof-reporting,Use-of-force reporting and data collection,assigned,,,2026-06-30,,,routine",
            ])
        }

        @Test("audit verify passes, then names a record edited behind Muster's back")
        func auditVerify() throws {
            defer { folder.remove() }
            try agency()
            #expect(try muster("audit", "verify").status == 0)
            let sqlite = Process()
            sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            sqlite.arguments = ["sqlite3", folder.file("agency.sqlite"), "UPDATE officer SET last_name = 'Changed' WHERE badge = '1003';"]
            try sqlite.run()
            sqlite.waitUntilExit()
            let run = try muster("audit", "verify")
            #expect(run.status == 1)
            #expect(run.stdout.contains("1003"))
        }

        @Test("init makes the database, its -wal and -shm and its new folder closed to others, whatever the umask")
        func initClosedToOthers() throws {
            defer { folder.remove() }
            let path = folder.file("private/agency.sqlite")
            let shell = "umask 000 && \"$0\" init --db \"$1\" && python3 -c 'import sqlite3, sys; "
                + "c = sqlite3.connect(sys.argv[1]); c.execute(\"SELECT COUNT(*) FROM officer\").fetchall(); "
                + "import os; print(\" \".join(oct(os.stat(sys.argv[1] + s).st_mode & 0o7777) for s in [\"-wal\", \"-shm\"]))' \"$1\""
            let run = try muster.at("/bin/sh")("-c", shell, muster.executable.path, path)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout.hasSuffix("0o600 0o600\n"), "\(run.stdout)")
            let stat = try muster.at("/usr/bin/stat")("-c", "%a", folder.file("private"), path)
            #expect(stat.stdout == "700\n600\n")
        }

        @Test("a database that cannot be opened is a storage error, exit 3")
        func storageError() throws {
            defer { folder.remove() }
            try FileManager.default.createDirectory(atPath: folder.file("not-a-file.sqlite"), withIntermediateDirectories: true)
            let run = try muster("officers", "list", "--db", folder.file("not-a-file.sqlite"))
            #expect(run.status == 3)
        }
    }
}
