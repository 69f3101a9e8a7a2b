import Foundation
import MusterTestSupport
import Testing

extension CLISuites {
    /// `--version`, `--format json` on every command that reports what it did (one style: one object, snake_case
    /// keys, `"key": value`), the audit log's filters and the status table's names.
    @Suite("muster conventions: version, JSON results, audit filters")
    struct ConventionsCommandTests {
        let folder: TemporaryDirectory
        let muster: MusterBinary

        init() throws {
            (folder, muster) = try MusterBinary.inTemporaryAgency()
        }

        /// The command's standard output as one JSON object, after checking it succeeded.
        func object(_ arguments: String...) throws -> [String: Any] {
            let run = try muster.run(arguments)
            #expect(run.status == 0, "\(arguments): \(run.stderr)")
            #expect(!run.stdout.contains("\" : "), "one style: \"key\": value")
            return try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any], "\(run.stdout)")
        }

        func list(_ arguments: String...) throws -> [[String: Any]] {
            let run = try muster.run(arguments)
            #expect(run.status == 0, "\(arguments): \(run.stderr)")
            return try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]], "\(run.stdout)")
        }

        @Test("--version prints the release and exits 0")
        func version() throws {
            defer { folder.remove() }
            let run = try muster("--version")
            #expect(run.status == 0)
            #expect(run.stdout.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil, "\(run.stdout)")
        }

        @Test("the man page's source, the command tree as JSON, lists every command and the new options")
        func manualSource() throws {
            defer { folder.remove() }
            let run = try muster("--experimental-dump-help")
            #expect(run.status == 0)
            let tree = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
            let command = try #require(tree["command"] as? [String: Any])
            let names = (command["subcommands"] as? [[String: Any]] ?? []).compactMap { $0["commandName"] as? String }
            #expect(names.contains("export") && names.contains("audit") && names.contains("officers"))
            #expect(run.stdout.contains("\"post-id\"") && run.stdout.contains("\"profile\""))
        }

        @Test("init, import, add, assign, record, waive, void, grant, end and audit verify print one JSON object each")
        func jsonResults() throws {
            defer { folder.remove() }
            let initialised = try object("init", "--format", "json")
            #expect(initialised["database"] as? String == folder.file("agency.sqlite"))
            #expect(initialised["coordinator_granted"] as? Bool == true)
            let curricula = try #require(initialised["curricula"] as? [String: Any])
            #expect((curricula["added_module_versions"] as? [String])?.contains("uof-deescalation@2023.1") == true)

            try folder.write("officers.csv", "badge,last_name,first_name,unit\n1001,Saldaña,Zoë,Patrol North\n")
            let imported = try object("officers", "import", "officers.csv", "--format", "json")
            #expect(imported["new"] as? Int == 1 && imported["dry_run"] as? Bool == false)
            let added = try object("officers", "add", "--badge", "1002", "--last-name", "Ng", "--first-name", "Al",
                                   "--unit", "Traffic", "--post-id", "0042", "--format", "json")
            #expect(added["badge"] as? String == "1002")

            let assigned = try object("assign", "uof-reporting", "--unit", "Patrol North", "--due", "2026-06-30",
                                      "--from", "2026-01-01", "--format", "json")
            let assignment = try #require(assigned["id"] as? Int)
            #expect(assigned["unit"] as? String == "Patrol North" && assigned["due_on"] as? String == "2026-06-30")
            #expect(assigned["officer"] is NSNull)
            let recorded = try object("record", "uof-reporting", "--officer", "1001", "--on", "2026-03-02", "--score", "90", "--format", "json")
            let completion = try #require(recorded["id"] as? Int)
            let waived = try object("waive", "uof-reporting", "--officer", "1002", "--reason", "medical", "--format", "json")
            #expect(waived["id"] is Int && waived["module_id"] as? String == "uof-reporting")
            let voided = try object("void", String(completion), "--reason", "wrong badge", "--format", "json")
            #expect(voided["id"] as? Int == completion && voided["reason"] as? String == "wrong badge")
            let granted = try object("users", "grant", "auditor1", "auditor", "--format", "json")
            #expect(granted["changed"] as? Bool == true)
            let ended = try object("assignments", "end", String(assignment), "--on", "2026-12-01", "--format", "json")
            #expect(ended["ended_on"] as? String == "2026-12-01")
            let verified = try object("audit", "verify", "--format", "json")
            #expect(verified["intact"] as? Bool == true)
            #expect((verified["events_checked"] as? Int ?? 0) > 10)
            #expect((verified["problems"] as? [String])?.isEmpty == true)
        }

        @Test("audit log --officer, --action, --actor, --from and --to narrow the events")
        func auditFilters() throws {
            defer { folder.remove() }
            let run = try muster.initAgency(officers: "badge,last_name,first_name,unit\n1001,Saldaña,Zoë,Patrol North\n"
                + "1002,Ng,Al,Traffic\n")
            #expect(run.status == 0)
            let recorded = try object("record", "uof-reporting", "--officer", "1001", "--on", "2026-03-02", "--score", "90", "--format", "json")
            let completion = try #require(recorded["id"] as? Int)
            _ = try object("record", "uof-reporting", "--officer", "1002", "--on", "2026-03-02", "--score", "90", "--format", "json")
            _ = try object("void", String(completion), "--reason", "wrong day", "--format", "json")
            _ = try object("officers", "edit", "1001", "--rank", "Sergeant", "--format", "json")

            let mine = try list("audit", "log", "--officer", "1001", "--format", "json")
            #expect(Set(mine.map { "\($0["entity"] ?? ""):\($0["entity_key"] ?? "")" })
                    == ["officer:1001", "completion:\(completion)"])
            #expect(mine.count == 4, "import, record, void, edit: \(mine.map { $0["action"] ?? "" })")
            let voids = try list("audit", "log", "--action", "voidCompletion", "--format", "json")
            #expect(voids.count == 1 && voids.first?["entity_key"] as? String == String(completion))
            let me = try HostUsers.currentLogin()
            #expect(try list("audit", "log", "--actor", me, "--limit", "1000", "--format", "json").count
                    == list("audit", "log", "--limit", "1000", "--format", "json").count)
            #expect(try list("audit", "log", "--actor", "nobody-else", "--format", "json").isEmpty)
            #expect(try list("audit", "log", "--from", "2000-01-01", "--to", "2000-12-31", "--format", "json").isEmpty)
            let today = String(ISO8601DateFormatter().string(from: Date()).prefix(10))
            #expect(try list("audit", "log", "--from", today, "--to", today, "--officer", "1002", "--format", "json").count == 2)
            let bad = try muster("audit", "log", "--from", "2026-02-30")
            #expect(bad.status == 2)
        }

        @Test("status tables name each officer and their unit on the day; CSV keeps its columns")
        func statusNames() throws {
            defer { folder.remove() }
            let run = try muster.initAgency(officers: "badge,last_name,first_name,unit\n1001,Saldaña,Zoë,Patrol North\n")
            #expect(run.status == 0)
            #expect(try muster("assign", "uof-reporting", "--unit", "Patrol North", "--due", "2026-06-30", "--from",
                               "2026-01-01").status == 0)
            let table = try muster("status", "--as-of", "2026-03-01")
            #expect(table.stdoutLines.first?.split(separator: " ", omittingEmptySubsequences: true).prefix(4)
                    == ["BADGE", "NAME", "UNIT", "MODULE"])
            #expect(table.stdoutLines.dropFirst(2).first?.contains("Saldaña, Zoë") == true)
            #expect(table.stdoutLines.dropFirst(2).first?.contains("Patrol North") == true)
            let csv = try muster("status", "--as-of", "2026-03-01", "--format", "csv")
            #expect(csv.stdoutLines.first == "badge,module,status,completed_on,expires_on,due_on,valid_through,origin")
        }
    }
}
