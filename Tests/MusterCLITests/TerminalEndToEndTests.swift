import Foundation
import MusterCore
import MusterTestSupport
import Testing

extension CLISuites {
    /// The real `muster` binary in a real terminal (tmux): what a coordinator does on the first day.
    @Suite("muster in a terminal", .enabled(if: TmuxSession.isAvailable), .serialized)
    struct TerminalEndToEndTests {
        let folder: TemporaryDirectory
        let muster: MusterBinary

        init() throws {
            folder = try TemporaryDirectory()
            muster = MusterBinary(environment: ["MUSTER_DB": folder.file("agency.sqlite")])
        }

        /// A shell in tmux whose prompt shows the exit code of the last command, running `muster` in it.
        /// tmux sets the pane's TERM from its own `default-terminal`; `term` overrides that for muster alone.
        func startMuster(_ arguments: String = "", term: String? = nil) throws -> TmuxSession {
            let session = try TmuxSession(
                columns: 100, rows: 30, command: "sh",
                environment: ["MUSTER_DB": folder.file("agency.sqlite"), "TERM": "xterm-256color",
                              "LANG": "C.UTF-8", "PS1": "$ "])
            try session.type("\(term.map { "TERM=\($0) " } ?? "")\(muster.executable.path) \(arguments); code=$?; echo \"exit=$code $(stty -a | grep -o -- '-\\?icanon')\"")
            try session.press("Enter")
            return session
        }

        @Test("open, search an officer, record a completion through the form, see the status change, resize, quit")
        func coordinatorDay() throws {
            defer { folder.remove() }
            #expect(try muster("demo", "--officers", "60", "--seed", "7").status == 0)
            let badge = "10005"
            let before = try muster("status", "--officer", badge, "--format", "json")
            let name = try #require(try muster("officers", "show", badge, "--format", "json").stdout
                .components(separatedBy: "\"last_name\": \"").dropFirst().first?.components(separatedBy: "\"").first)

            let tmux = try startMuster()
            try tmux.waitFor("Certification status")
            try tmux.press("2")
            try tmux.waitFor("Search")
            try tmux.press("/")
            try tmux.type(badge)
            try tmux.waitFor("1 of")
            try tmux.press("Enter")
            try tmux.press("Enter")
            try tmux.waitFor("Requirements")
            #expect(try tmux.screen().contains(name))

            try tmux.press("r")
            try tmux.waitFor("Record a completion")
            try tmux.press("C-u")
            try tmux.type("2099-01-01")
            try tmux.waitFor("is in the future")
            let today = CalendarDate.today().iso
            try tmux.press("C-u")
            try tmux.type(today)
            // A pass on an assessment with a pass mark needs its score (the module may have one).
            try tmux.press("Tab")
            try tmux.press("Tab")
            try tmux.type("95")
            try tmux.press("C-s")
            try tmux.waitFor("Recorded completion #")
            #expect(try tmux.waitFor("current   \(today)").contains("✓ current"))

            try tmux.resize(columns: 80, rows: 24)
            try tmux.waitFor("Requirements")
            try tmux.resize(columns: 60, rows: 16)
            try tmux.waitFor("80×24")
            try tmux.resize(columns: 100, rows: 30)
            try tmux.waitFor("Requirements")

            try tmux.press("q")
            // The shell prints the terminal's line mode beside the exit status: canonical again, not raw.
            let shell = try tmux.waitFor("exit=0")
            #expect(shell.split(separator: "\n").contains { $0.contains("exit=0 icanon") })

            let after = try muster("status", "--officer", badge, "--format", "json")
            #expect(after.stdout != before.stdout)
            let rows = try #require(try JSONSerialization.jsonObject(with: Data(after.stdout.utf8)) as? [[String: Any]])
            #expect(rows.contains { $0["completed_on"] as? String == today })
        }

        @Test("End and Home, in the spelling tmux sends, jump to the last and first officer instead of switching tabs")
        func homeAndEnd() throws {
            defer { folder.remove() }
            #expect(try muster("demo", "--officers", "60", "--seed", "7").status == 0)
            // xterm's entry spells End `ESC OF`; tmux sends `ESC [4~` whatever the entry says.
            let tmux = try startMuster(term: "xterm-256color")
            try tmux.waitFor("Certification status")
            try tmux.press("2")
            // The 60 home officers and the demo's partner agency's 4, listed with them.
            try tmux.waitFor("of 64 officers")
            // The badge alone: the status column may still read "computing" on the first look.
            func selectedRow() throws -> String? {
                try tmux.screen().split(separator: "\n").first { $0.hasPrefix(" ▶") }
                    .flatMap { $0.split(separator: " ").dropFirst().first }.map(String.init)
            }
            let first = try #require(try selectedRow())
            try tmux.press("End")
            var last = first
            for _ in 0..<100 where last == first {
                Thread.sleep(forTimeInterval: 0.05)
                last = try selectedRow() ?? first
            }
            #expect(last != first)
            #expect(try tmux.screen().contains("[2 Officers]"))
            try tmux.press("Home")
            var back = last
            for _ in 0..<100 where back == last {
                Thread.sleep(forTimeInterval: 0.05)
                back = try selectedRow() ?? last
            }
            #expect(back == first)
            try tmux.press("q")
            try tmux.waitFor("exit=0")
        }

        @Test("TERM=dumb and a non-terminal stdout get a clear error pointing to the commands")
        func refusesDumbTerminal() throws {
            defer { folder.remove() }
            #expect(try muster("init").status == 0)
            let piped = try muster()
            #expect(piped.status == 1)
            #expect(piped.stderr.contains("--help"))
            let dumb = MusterBinary(environment: ["MUSTER_DB": folder.file("agency.sqlite"), "TERM": "dumb"])
            #expect(try dumb().status == 1)
        }

        @Test("an officer's login opens My training with no write actions",
              .enabled(if: HostUsers.isAvailable, "needs root to add a user"))
        func officerView() throws {
            let users = HostUsers()
            defer {
                users.remove()
                folder.remove()
            }
            #expect(try muster("demo", "--officers", "30", "--seed", "3").status == 0)
            // The officer's login is a real account, which owns the database here; $USER would be no one's say.
            let login = try users.addUser("o")
            #expect(try muster("officers", "edit", "10002", "--login", login).status == 0)
            #expect(try muster.at("/bin/chown")("-R", login, folder.path).status == 0)
            // The terminal (and the muster in it) goes before the user does.
            do {
                let runAs = try users.runAs(login).joined(separator: " ")
                let tmux = try TmuxSession(
                    columns: 100, rows: 30, command: "\(runAs) \(muster.executable.path); sleep 5",
                    environment: ["MUSTER_DB": folder.file("agency.sqlite"), "USER": "root", "TERM": "xterm-256color",
                                  "LANG": "C.UTF-8"])
                let screen = try tmux.waitFor("My training")
                #expect(!screen.contains("r record"))
                #expect(!screen.contains("2 Officers"))
                try tmux.press("q")
            }
        }

        @Test("the council's flows in the workspace: a pending version's trail, an incident recorded from an officer, its origin")
        func councilFlows() throws {
            defer { folder.remove() }
            #expect(try muster("demo", "--officers", "30", "--seed", "3").status == 0)
            let tmux = try startMuster()
            try tmux.waitFor("Certification status")
            try tmux.press("3")
            try tmux.press("/")
            try tmux.type("uof-bwc")
            try tmux.press("Enter")
            let modules = try tmux.waitFor("PENDING review")
            #expect(modules.contains("still wanting"))
            #expect(modules.contains("approved at load"))

            try tmux.press("2")
            try tmux.press("/")
            try tmux.type("10005")
            try tmux.waitFor("1 of")
            try tmux.press("Enter")
            try tmux.press("Enter")
            try tmux.waitFor("Requirements")
            try tmux.press("i")
            try tmux.waitFor("Record an incident for 10005")
            // Kind has focus: Space picks failed-qualification; the day stays today.
            try tmux.press("Space")
            try tmux.press("Tab")
            try tmux.press("Tab")
            try tmux.type("Missed the CEW standard")
            try tmux.press("C-s")
            let saved = try tmux.waitFor("Recorded incident #")
            #expect(saved.contains("assigned uof-less-lethal-cew (remedial)"), "\(saved)")
            // The officer is read again: the incident in the header.
            try tmux.waitFor("1 incident, latest \(CalendarDate.today().iso)")
            // I lists them, with the note a coordinator may read.
            try tmux.press("I")
            #expect(try tmux.waitFor("Incidents of 10005").contains("failed-qualification: Missed the CEW standard"))
            try tmux.press("Escape")
            try tmux.press("q")
            try tmux.waitFor("exit=0")

            let remedial = try muster("status", "--officer", "10005", "--origin", "remedial", "--format", "json")
            #expect(remedial.stdout.contains("\"module\": \"uof-less-lethal-cew\""), "\(remedial.stdout)")
            #expect(try muster("incidents", "list", "--officer", "10005").stdout.contains("Missed the CEW standard"))
        }

        @Test("a partner agency's liaison opens the workspace on its own officers, read-only, classes and exports closed",
              .enabled(if: HostUsers.isAvailable, "needs root to add a user"))
        func liaisonWorkspace() throws {
            let users = HostUsers()
            defer {
                users.remove()
                folder.remove()
            }
            #expect(try muster("demo", "--officers", "30", "--seed", "3").status == 0)
            let login = try users.addUser("l")
            #expect(try muster("users", "grant", login, "liaison", "--agency", "lecc-east").status == 0)
            // The liaison reads the file as it is: it and its folder readable, the writer gone.
            for path in [folder.path, folder.file("agency.sqlite")] {
                try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
            }
            do {
                let runAs = try users.runAs(login).joined(separator: " ")
                let tmux = try TmuxSession(
                    columns: 100, rows: 30, command: "\(runAs) \(muster.executable.path); sleep 5",
                    environment: ["MUSTER_DB": folder.file("agency.sqlite"), "TERM": "xterm-256color", "LANG": "C.UTF-8"])
                // Its dashboard counts its own agency's four officers.
                let dashboard = try tmux.waitFor("Certification status · 4 serving")
                #expect(dashboard.contains("(liaison of lecc-east)"))
                try tmux.press("2")
                let officers = try tmux.waitFor("4 of 4 officers")
                #expect(officers.contains("LECC-101") && !officers.contains("10000"))
                try tmux.press("Enter")
                try tmux.waitFor("agency lecc-east")
                try tmux.press("r")
                try tmux.waitFor("may not record completions")
                try tmux.press("i")
                try tmux.waitFor("may not record incidents")
                try tmux.press("Escape")
                try tmux.press("4")
                try tmux.waitFor("Classes belong to the home agency")
                try tmux.press("5")
                try tmux.waitFor("Exports belong to the home agency")
                try tmux.press("q")
            }
        }
    }
}
