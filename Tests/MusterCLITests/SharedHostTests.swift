import Foundation
import MusterTestSupport
import Testing

extension CLISuites {
    /// Identity and roles on a shared host, with real OS users: who acts is the account of the real user id,
    /// the installed copy's group opens the database and is then given up, and every read an officer makes
    /// shows that officer's records only.
    @Suite("muster on a shared host", .enabled(if: HostUsers.isAvailable, "needs root to add users"))
    struct SharedHostTests {
        /// Two officers whose logins are real users, the uof-reporting module assigned to their unit and a
        /// completion each.
        func agency(_ host: SharedHostFixture, officer: String, other: String) throws {
            let csv = try host.folder.write("officers.csv", "badge,last_name,first_name,unit,login\n"
                + "1001,Saldaña,Zoë,Patrol North,\(officer)\n1002,Other,Pat,Patrol North,\(other)\n")
            #expect(try host.installed("officers", "import", csv).status == 0)
            #expect(try host.installed("assign", "uof-reporting", "--unit", "Patrol North", "--from", "2026-01-01").status == 0)
            for badge in ["1001", "1002"] {
                let run = try host.installed("record", "uof-reporting", "--officer", badge, "--on", "2026-03-01", "--score", "90")
                #expect(run.status == 0, "\(run.stderr)")
            }
        }

        @Test("setup shared installs setgid, makes the database group-only and names it in a root-owned configuration")
        func setupLaysDownFiles() throws {
            let host = try SharedHostFixture()
            defer { host.remove() }
            #expect(try host.modeOwnerGroup(host.install) == "2755:root:\(host.group)")
            #expect(try host.modeOwnerGroup(host.database) == "660:root:\(host.group)")
            #expect(try host.modeOwnerGroup((host.database as NSString).deletingLastPathComponent) == "2770:root:\(host.group)")
            #expect(try host.modeOwnerGroup(host.config) == "644:root:root")
            #expect(try host.modeOwnerGroup(host.install + ".config-path") == "644:root:root")
            #expect(try String(contentsOfFile: host.config, encoding: .utf8).contains("database = \"\(host.database)\""))
            // Root is the founding coordinator; running setup again changes nothing and keeps the records.
            #expect(host.setup.stdout.contains("login 'root' is now a coordinator"))
            let again = try MusterBinary()("setup", "shared", "--group", host.group, "--database", host.database,
                                           "--install", host.install, "--config", host.config)
            #expect(again.status == 0, "\(again.stderr)")
            #expect(again.stdout.contains("was already a coordinator"))
            #expect(try host.modeOwnerGroup(host.install) == "2755:root:\(host.group)")
        }

        @Test("the installed copy refuses --db and $MUSTER_DB rather than ignoring them")
        func refusesOtherDatabases() throws {
            let host = try SharedHostFixture()
            defer { host.remove() }
            let user = try host.users.addUser("u")
            let elsewhere = host.folder.file("mine.sqlite")
            let byOption = try host.muster(as: user)("init", "--db", elsewhere)
            #expect(byOption.status == 2)
            #expect(byOption.stderr.contains("--db is refused"))
            let byEnvironment = try host.muster(as: user, environment: ["MUSTER_DB": elsewhere])("status")
            #expect(byEnvironment.status == 2)
            #expect(byEnvironment.stderr.contains("$MUSTER_DB is refused"))
            #expect(!FileManager.default.fileExists(atPath: elsewhere))

            // A setgid copy with no installation beside it refuses --db too, and names what is missing.
            let bare = host.folder.file("bare-muster")
            try FileManager.default.copyItem(atPath: host.install, toPath: bare)
            #expect(try host.installed.at("/bin/chgrp")(host.group, bare).status == 0)
            #expect(try host.installed.at("/bin/chmod")("2755", bare).status == 0)
            let bareRun = try host.installed.at(bare).launched(by: try host.users.runAs(user))("status", "--db", elsewhere)
            #expect(bareRun.status == 2)
            #expect(bareRun.stderr.contains("--db is refused"))
            let noConfig = try host.installed.at(bare).launched(by: try host.users.runAs(user))("status")
            #expect(noConfig.status == 3)
            #expect(noConfig.stderr.contains("names its configuration"))

            // Only root sets a host up.
            let built = MusterBinary().launched(by: try host.users.runAs(user))
            let setup = try built("setup", "shared", "--group", host.group, "--database", host.folder.file("u/db.sqlite"),
                                  "--install", host.folder.file("u/muster"), "--config", host.folder.file("u/config.toml"))
            #expect(setup.status == 1)
            #expect(setup.stderr.contains("run it as root"))
            #expect(!FileManager.default.fileExists(atPath: host.folder.file("u")))
        }

        @Test("an officer cannot read the file, sees only their own records through every command and cannot escalate")
        func officerConfined() throws {
            let host = try SharedHostFixture()
            defer { host.remove() }
            let officer = try host.users.addUser("o")
            let other = try host.users.addUser("p")
            try agency(host, officer: officer, other: other)
            let asOfficer = try host.muster(as: officer, environment: ["USER": "root", "LOGNAME": "root"])

            let direct = try host.tool("/bin/cat", as: officer)(host.database)
            #expect(direct.status != 0)
            #expect(direct.stderr.contains("Permission denied"))

            let status = try asOfficer("status", "--format", "json")
            #expect(status.status == 0, "\(status.stderr)")
            let rows = try #require(try JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [[String: Any]])
            #expect(!rows.isEmpty)
            #expect(rows.allSatisfy { $0["badge"] as? String == "1001" })
            let own = try asOfficer("officers", "show", "1001")
            #expect(own.status == 0)
            #expect(own.stdout.contains("Saldaña"))
            // Lists are limited to the officer's own row in the query.
            let list = try asOfficer("officers", "list", "--format", "csv")
            #expect(list.status == 0, "\(list.stderr)")
            #expect(list.stdout.split(separator: "\n").dropFirst().map { $0.prefix(5) } == ["1001,"])
            let assignments = try asOfficer("assignments", "list", "--format", "csv")
            #expect(assignments.status == 0, "\(assignments.stderr)")
            #expect(assignments.stdout.contains("uof-reporting"))

            // Every read that would show someone else's rows is refused before it prints any.
            for arguments in [["officers", "show", "1002"], ["status", "--officer", "1002"],
                              ["assignments", "list", "--officer", "1002"], ["export", "roster"], ["export", "compliance"],
                              ["audit", "log"], ["audit", "verify"], ["users", "list"]] {
                let run = try asOfficer.run(arguments)
                #expect(run.status == 1, "\(arguments)")
                #expect(run.stdout.isEmpty, "\(arguments)")
                #expect(run.stderr.contains("login '\(officer)'"), "\(arguments): \(run.stderr)")
            }
            let grant = try asOfficer("users", "grant", officer, "coordinator")
            #expect(grant.status == 1)
            #expect(grant.stderr.contains("login '\(officer)' may not manage users"))
            let grants = try host.installed("users", "list", "--format", "csv")
            #expect(!grants.stdout.contains(officer))
            // Nor found the database again: `init` and `demo` through the installed copy are root's.
            for arguments in [["init"], ["demo", "--officers", "5"]] {
                let found = try asOfficer.run(arguments)
                #expect(found.status == 1, "\(arguments): \(found.stderr)")
                #expect(found.stderr.contains("created by root"), "\(arguments): \(found.stderr)")
            }
            #expect(try !host.installed("users", "list", "--format", "csv").stdout.contains(officer))
        }

        @Test("a login is refused before its files, modules or dates are looked at; $USER changes nothing")
        func refusedFirst() throws {
            let host = try SharedHostFixture()
            defer { host.remove() }
            let stranger = try host.users.addUser("s")
            let asStranger = try host.muster(as: stranger, environment: ["USER": "root", "LOGNAME": "root"])
            for arguments in [["record", "--from", host.folder.file("missing.csv")],
                              ["record", "no-such-module", "--officer", "1001", "--on", "2026-99-99"],
                              ["assign", "no-such-module", "--officer", "1001", "--due", "not-a-date"],
                              ["officers", "import", host.folder.file("missing.csv")],
                              ["users", "grant", stranger, "coordinator"]] {
                let run = try asStranger.run(arguments)
                #expect(run.status == 1, "\(arguments)")
                #expect(run.stderr.contains("login '\(stranger)' may not"), "\(arguments): \(run.stderr)")
            }
        }

        @Test("an instructor may record but not waive; a coordinator writes, and exports belong to the user")
        func rolesHold() throws {
            let host = try SharedHostFixture()
            defer { host.remove() }
            let officer = try host.users.addUser("o")
            let other = try host.users.addUser("p")
            let instructor = try host.users.addUser("i")
            let coordinator = try host.users.addUser("c")
            try agency(host, officer: officer, other: other)
            #expect(try host.installed("users", "grant", instructor, "instructor").status == 0)
            #expect(try host.installed("users", "grant", coordinator, "coordinator").status == 0)

            let asInstructor = try host.muster(as: instructor)
            let recorded = try asInstructor("record", "uof-reporting", "--officer", "1002", "--on", "2026-04-01", "--score", "95")
            #expect(recorded.status == 0, "\(recorded.stderr)")
            let waive = try asInstructor("waive", "uof-reporting", "--officer", "1001", "--reason", "x")
            #expect(waive.status == 1)
            #expect(waive.stderr.contains("may not grant waivers"))

            let asCoordinator = try host.muster(as: coordinator)
            #expect(try asCoordinator("waive", "uof-reporting", "--officer", "1001", "--reason", "medical").status == 0)
            let output = try host.privateFolder(for: coordinator) + "/roster.csv"
            let export = try asCoordinator("export", "roster", "-o", output)
            #expect(export.status == 0, "\(export.stderr)")
            let ownGroup = try host.installed.at("/usr/bin/id")("-gn", coordinator).stdout
                .trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(try host.modeOwnerGroup(output).hasSuffix(":\(coordinator):\(ownGroup)"))

            let log = try host.installed("audit", "log", "--limit", "2", "--format", "json")
            let events = try #require(try JSONSerialization.jsonObject(with: Data(log.stdout.utf8)) as? [[String: Any]])
            #expect(events.first?["actor"] as? String == coordinator)
            #expect(try host.installed("audit", "verify").status == 0)
        }
    }
}
