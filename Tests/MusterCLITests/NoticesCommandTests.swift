import Foundation
import MusterTestSupport
import Testing

extension CLISuites {
    /// `muster notices` end to end through the real executable (issue 21 item 3): messages handed to a fake
    /// sendmail in the test's folder, read back with Python's `email` package as a mail program would.
    @Suite("muster notices: reminders by mail")
    struct NoticesCommandTests {
        let folder: TemporaryDirectory
        let muster: MusterBinary
        static let sender = "Training Ünit <training@example.org>"

        init() throws {
            (folder, muster) = try MusterBinary.inTemporaryAgency()
        }

        /// Patrol (supervised by sgt@example.org) owes de-escalation since 2025-06-01; 1002 has no e-mail; 1003 in
        /// Traffic (no supervisor) holds deadly force until 2026-12-19.
        func agency() throws {
            #expect(try muster.initAgency(officers: "badge,last_name,first_name,unit,email,hire_date\n"
                + "1001,Núñez,Ana,Patrol,ana@example.org,2020-01-06\n1002,Nguyễn,Văn An,Patrol,,2020-01-06\n"
                + "1003,李,小龍,Traffic,li@example.org,2020-01-06\n").status == 0)
            #expect(try muster("assign", "uof-deescalation", "--unit", "Patrol", "--from", "2025-01-01", "--due", "2025-06-01").status == 0)
            #expect(try muster("assign", "uof-deadly-force", "--unit", "Traffic", "--from", "2025-01-01", "--due", "2025-06-01").status == 0)
            #expect(try muster("record", "uof-deadly-force", "--officer", "1003", "--on", "2025-12-20", "--score", "95").status == 0)
            let edit = try muster("units", "edit", "PATROL", "--supervisor", "sgt@example.org")
            #expect(edit.status == 0, "\(edit.stderr)")
            #expect(edit.stdout.contains("Patrol: supervisor sgt@example.org"))
        }

        /// A sendmail stand-in that keeps each message (and its arguments) as a file in `mail/`, or fails.
        func fakeSendmail(failing: Bool = false) throws -> String {
            let mail = folder.file("mail")
            try FileManager.default.createDirectory(atPath: mail, withIntermediateDirectories: true)
            let script = folder.file(failing ? "broken-sendmail" : "fake-sendmail")
            try Data((failing ? "#!/bin/sh\ncat >/dev/null\nexit 75\n"
                : "#!/bin/sh\necho \"$*\" > \"\(mail)/args\"\ncat > \"\(mail)/$$.eml\"\n").utf8).write(to: URL(fileURLWithPath: script))
            try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: script)
            return script
        }

        /// Every `.eml` in `folder`, parsed by Python's `email` package: headers decoded, body, defects.
        func parsed(_ path: String) throws -> [[String: String]] {
            let python = """
                import email, email.policy, email.utils, glob, json, sys
                out = []
                for name in sorted(glob.glob(sys.argv[1] + '/*.eml')):
                    m = email.message_from_bytes(open(name, 'rb').read(), policy=email.policy.default)
                    email.utils.parsedate_to_datetime(m['Date'])
                    out.append({'to': str(m['To']), 'from': str(m['From']), 'subject': str(m['Subject']),
                                'message_id': str(m['Message-ID']), 'type': m.get_content_type(),
                                'charset': m.get_content_charset(), 'body': m.get_content(),
                                'defects': str(len(m.defects)), 'file': name})
                print(json.dumps(out))
                """
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", "-c", python, path]
            let output = Pipe()
            process.standardOutput = output
            try process.run()
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
            return try #require(try JSONSerialization.jsonObject(with: data) as? [[String: String]])
        }

        @Test("one message per officer and a digest per supervisor, parsed as proper mail; a second run sends nothing; a change sends again")
        func sendsOnceUntilChanged() throws {
            defer { folder.remove() }
            try agency()
            let sendmail = try fakeSendmail()
            let mail = folder.file("mail")

            let dry = try muster("notices", "--as-of", "2026-12-01", "--dry-run")
            #expect(dry.status == 0, "\(dry.stderr)")
            #expect(dry.stdout.contains("would send 2 officer notice(s) and 1 supervisor digest(s)"))
            #expect(try parsed(mail).isEmpty)

            let first = try muster("notices", "--as-of", "2026-12-01", "--from", Self.sender, "--sendmail", "\(sendmail) -t")
            #expect(first.status == 0, "\(first.stderr)")
            let messages = try parsed(mail)
            #expect(messages.count == 3)
            #expect(try String(contentsOfFile: mail + "/args", encoding: .utf8) == "-t\n")
            for message in messages {
                #expect(message["from"] == "Training Ünit <training@example.org>")
                #expect(message["type"] == "text/plain" && message["charset"] == "utf-8" && message["defects"] == "0")
                #expect(message["message_id"]?.hasSuffix("@example.org>") == true)
            }
            let ana = try #require(messages.first { $0["to"] == "Ana Núñez <ana@example.org>" })
            #expect(ana["subject"] == "Training reminder for Ana Núñez: 1 overdue")
            #expect(ana["body"]?.contains("(uof-deescalation): OVERDUE, was due 2025-06-01") == true)
            let li = try #require(messages.first { $0["to"] == "小龍 李 <li@example.org>" })
            #expect(li["body"]?.contains("expires on 2026-12-20, in 19 days") == true)
            let digest = try #require(messages.first { $0["to"] == "sgt@example.org" })
            #expect(digest["body"]?.contains("Nguyễn, Văn An (badge 1002)  — NO E-MAIL ON FILE") == true)
            #expect(digest["body"]?.contains("Núñez, Ana (badge 1001)") == true)
            #expect(digest["body"]?.contains("李") == false)

            let again = try muster("notices", "--as-of", "2026-12-02", "--sendmail", "\(sendmail) -t")
            #expect(again.status == 0, "\(again.stderr)")
            #expect(again.stdout.contains("nothing new since the last run"))
            #expect(try parsed(mail).count == 3)

            // Deadly force expires on 2026-12-20: a new state for 1003 only (Traffic has no supervisor).
            let changed = try muster("notices", "--as-of", "2026-12-25", "--from", Self.sender, "--sendmail", "\(sendmail) -t",
                                     "--format", "json")
            #expect(changed.status == 0, "\(changed.stderr)")
            let after = try parsed(mail)
            #expect(after.count == 4)
            let news = try #require(after.first { message in !messages.contains { $0["file"] == message["file"] } })
            #expect(news["to"] == "小龍 李 <li@example.org>")
            #expect(news["body"]?.contains("(uof-deadly-force): EXPIRED on 2026-12-20") == true)
            #expect(changed.stdout.contains("\"status\": \"sent\""))
            #expect(try muster("audit", "verify").status == 0)
        }

        @Test("-o DIR writes .eml files that count as sent; a failing sendmail exits 1 and remembers nothing")
        func folderAndFailure() throws {
            defer { folder.remove() }
            try agency()
            let broken = try fakeSendmail(failing: true)
            let failed = try muster("notices", "--as-of", "2026-12-01", "--from", Self.sender, "--save-from", "--sendmail", broken)
            #expect(failed.status == 1)
            #expect(failed.stderr.contains("refused the message to ana@example.org (exit 75)"))

            let out = folder.file("outbox")
            let written = try muster("notices", "--as-of", "2026-12-01", "-o", out)
            #expect(written.status == 0, "\(written.stderr)")
            let files = try parsed(out)
            #expect(files.count == 3)
            #expect(files.allSatisfy { $0["from"] == "Training Ünit <training@example.org>" })
            #expect(FileManager.default.fileExists(atPath: out + "/2026-12-01-officer-1001.eml"))

            let sendmail = try fakeSendmail()
            #expect(try muster("notices", "--as-of", "2026-12-01", "--sendmail", sendmail).stdout.contains("nothing new"))
            #expect(try parsed(folder.file("mail")).isEmpty)
        }

        @Test("bad options are refused before anything is sent", arguments: [
            (["--within", "30,abc"], "--within"),
            (["--from", "not an address"], "--from"),
            (["--sendmail", "/bin/true", "-o", "x"], "not both"),
        ])
        func refusals(arguments: [String], message: String) throws {
            defer { folder.remove() }
            try agency()
            let run = try muster.run(["notices", "--as-of", "2026-12-01"] + arguments)
            #expect(run.status == 2)
            #expect(run.stderr.contains(message))
        }
    }
}
