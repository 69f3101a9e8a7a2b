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
            muster = MusterBinary(workingDirectory: folder.url)
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

        @Test("the default demo an earlier release made is rebuilt rather than upgraded, so it shows today's rules")
        func earlierDemoRebuilt() throws {
            defer { folder.remove() }
            let data = folder.file("data")
            let demo = data + "/muster/demo.sqlite"
            try FileManager.default.createDirectory(atPath: data + "/muster", withIntermediateDirectories: true)
            let sqlite = Process()
            sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            sqlite.arguments = ["sqlite3", demo, """
                CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
                INSERT INTO grdb_migrations VALUES ('v1-schema');
                """]
            try sqlite.run()
            sqlite.waitUntilExit()
            let rebuilt = try MusterBinary(environment: ["TERM": "dumb", "XDG_DATA_HOME": data])("--demo")
            #expect(rebuilt.stderr.contains("was made by an earlier Muster; rebuilding the demo agency"))
            let facts = try muster("officers", "list", "--db", demo, "--status", "separated", "--format", "csv")
            #expect(facts.status == 0, "\(facts.stderr)")
            #expect(facts.stdout.split(separator: "\n").count > 1)
        }

        @Test("the default demo a development build made is rebuilt, while a --db file of that kind is only refused")
        func developmentDemoRebuilt() throws {
            defer { folder.remove() }
            let data = folder.file("data")
            let demo = data + "/muster/demo.sqlite"
            try FileManager.default.createDirectory(atPath: data + "/muster", withIntermediateDirectories: true)
            let oldBuild = """
                CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
                INSERT INTO grdb_migrations VALUES ('v1-records');
                """
            for path in [demo, folder.file("mine.sqlite")] {
                let sqlite = Process()
                sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/env")
                sqlite.arguments = ["sqlite3", path, oldBuild]
                try sqlite.run()
                sqlite.waitUntilExit()
                #expect(sqlite.terminationStatus == 0)
            }
            // TERM=dumb stops before the workspace opens, after the demo database is opened.
            let dumb = MusterBinary(environment: ["TERM": "dumb", "XDG_DATA_HOME": data])
            let rebuilt = try dumb("--demo")
            #expect(rebuilt.stderr.contains("was made by a development build of Muster; rebuilding the demo agency"))
            let status = try muster("status", "--db", demo, "--format", "csv")
            #expect(status.status == 0, "\(status.stderr)")
            #expect(status.stdout.split(separator: "\n").count > 100)
            let mine = try dumb("--demo", "--db", folder.file("mine.sqlite"))
            #expect(mine.status == 1)
            #expect(mine.stderr.contains("was made by a development build of Muster"))
            #expect(!mine.stderr.contains("rebuilding"))
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

        /// The `sqlite3` shell's answer to `sql` on the database at `path` (read-only), or nil if it failed.
        func sqlite(_ path: String, _ sql: String) throws -> String? {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["sqlite3", "-readonly", path, sql]
            let out = Pipe()
            process.standardOutput = out
            process.standardError = FileHandle.nullDevice
            try process.run()
            let data = out.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else { return nil }
            return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        }

        @Test("a demo killed while it loads, its indexes and a trigger dropped, leaves a file the next command refuses as incomplete")
        func killedDemoIsRefused() throws {
            defer { folder.remove() }
            let path = folder.file("agency.sqlite")
            let indexes = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name IN "
                + "('completion_module_date', 'completion_session', 'audit_event_entity')"
            let triggers = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'completion_latest_on_%'"
            let demo = Process()
            demo.executableURL = muster.executable
            demo.arguments = ["demo", "--officers", "20000", "--seed", "1", "--db", path]
            demo.environment = ProcessInfo.processInfo.environment
            demo.standardOutput = FileHandle.nullDevice
            demo.standardError = FileHandle.nullDevice
            try demo.run()
            var loading = false
            for _ in 0..<600 where !loading {
                Thread.sleep(forTimeInterval: 0.05)
                // Indexes gone from a file that already holds officers: the load is under way.
                loading = try sqlite(path, indexes) == "0" && (sqlite(path, "SELECT COUNT(*) FROM officer").map { $0 != "0" } ?? false)
            }
            kill(demo.processIdentifier, SIGKILL)
            demo.waitUntilExit()
            try #require(loading, "the demo never reached its bulk load")
            #expect(try sqlite(path, indexes) == "0")
            #expect(try sqlite(path, triggers) == "1")
            #expect(try sqlite(path, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'deferred_schema'") == "0")

            // The batches it committed are sound, but the agency is half there: the file is refused, not repaired.
            #expect(try sqlite(path, "PRAGMA integrity_check") == "ok")
            let verify = try muster("audit", "verify", "--db", path)
            #expect(verify.status == 3, "\(verify.stdout)\(verify.stderr)")
            #expect(verify.stderr.contains("incomplete"))
        }
    }
}
