import Foundation
import MusterTestSupport
import Testing

extension CLISuites {
    /// `muster export roster --profile NAME`, officers' `post_id` and modules' course numbers, through the built
    /// binary: the receiver's columns exactly, the .xlsx as openpyxl reads it, and the refusal that writes nothing.
    @Suite("muster export roster --profile")
    struct RosterProfileCommandTests {
        let folder: TemporaryDirectory
        let muster: MusterBinary

        init() throws {
            (folder, muster) = try MusterBinary.inTemporaryAgency()
        }

        /// Two officers, one with a PID (leading zeros kept), each with a passed de-escalation course (TCOLE 1849).
        func agency() throws {
            let run = try muster.initAgency(officers: "badge,last_name,first_name,unit,post_id\n"
                + "1001,Saldaña,Zoë,Patrol North,0012345\n1002,\"O'Brien, Jr.\",Pat,Patrol North,\n")
            #expect(run.status == 0, "\(run.stderr)")
            for badge in ["1001", "1002"] {
                let recorded = try muster("record", "uof-deescalation", "--officer", badge, "--on", "2026-03-02", "--score", "90",
                                          "--instructor", "Sgt. Ray")
                #expect(recorded.status == 0, "\(recorded.stderr)")
            }
        }

        struct Output {
            var status: Int32
            var stdout: String
            var stderr: String
        }

        func python(_ script: String, _ arguments: String...) throws -> Output {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", "-c", script] + arguments
            let out = Pipe(), err = Pipe()
            process.standardOutput = out
            process.standardError = err
            try process.run()
            let output = out.fileHandleForReading.readDataToEndOfFile()
            let error = err.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return Output(status: process.terminationStatus, stdout: String(decoding: output, as: UTF8.self),
                                    stderr: String(decoding: error, as: UTF8.self))
        }

        @Test("an officer without a PID is named with the module, and nothing is written")
        func missingPID() throws {
            defer { folder.remove() }
            try agency()
            let run = try muster("export", "roster", "--profile", "tx-tcole", "-o", "tcole.csv")
            #expect(run.status == 1)
            #expect(run.stderr.contains("officer 1002 (O'Brien, Jr., Pat), module uof-deescalation 2023.1 completed 2026-03-02: "
                                        + "no PID (officer has no post_id: muster officers edit 1002 --post-id ID)"), "\(run.stderr)")
            #expect(!run.stderr.contains("officer 1001"))
            #expect(run.stderr.contains("1 row(s) lack what profile tx-tcole needs; nothing was written"))
            #expect(!FileManager.default.fileExists(atPath: folder.file("tcole.csv")))
        }

        @Test("a module without the profile's course number is named too")
        func missingCourseNumber() throws {
            defer { folder.remove() }
            try agency()
            #expect(try muster("officers", "edit", "1002", "--post-id", "0099").status == 0)
            #expect(try muster("record", "uof-reporting", "--officer", "1001", "--on", "2026-03-03", "--score", "90").status == 0)
            let run = try muster("export", "roster", "--profile", "tx-tcole")
            #expect(run.status == 1)
            #expect(run.stdout.isEmpty)
            #expect(run.stderr.contains("officer 1001 (Saldaña, Zoë), module uof-reporting"))
            #expect(run.stderr.contains("no Course Number (module uof-reporting 2023.1 has no course_numbers TX)"), "\(run.stderr)")
        }

        @Test("the TCOLE roster: the profile's columns, PIDs with their zeros, TCOLE course number, US dates")
        func texasCSV() throws {
            defer { folder.remove() }
            try agency()
            let edited = try muster("officers", "edit", "1002", "--post-id", "0099", "--format", "json")
            #expect(edited.status == 0)
            let show = try muster("officers", "show", "1002")
            #expect(show.stdout.contains("post id: 0099"))
            let run = try muster("export", "roster", "--profile", "tx-tcole")
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdoutLines == [
                "PID,Last Name,First Name,Course Number,Course Title,Start Date,End Date,Hours,Instructor,Result",
                "0012345,Saldaña,Zoë,1849,De-escalation and critical decision-making,03/02/2026,03/02/2026,12,Sgt. Ray,pass",
                "0099,\"O'Brien, Jr.\",Pat,1849,De-escalation and critical decision-making,03/02/2026,03/02/2026,12,Sgt. Ray,pass",
            ])
            // The plain roster and the compliance export carry the PID as their last column.
            let roster = try muster("export", "roster", "--format", "json")
            let rows = try #require(try JSONSerialization.jsonObject(with: Data(roster.stdout.utf8)) as? [[String: Any]])
            #expect(rows.map { $0["post_id"] as? String } == ["0012345", "0099"])
        }

        @Test("Oregon's DPSST roster is an .xlsx file openpyxl reads: text ids, numeric hours, the sheet's name")
        func oregonXLSX() throws {
            defer { folder.remove() }
            try agency()
            #expect(try muster("officers", "edit", "1002", "--post-id", "0099").status == 0)
            let run = try muster("export", "roster", "--profile", "or-dpsst", "-o", "dpsst.xlsx")
            #expect(run.status == 0, "\(run.stderr)")
            let read = try python("""
                import sys, openpyxl
                book = openpyxl.load_workbook(sys.argv[1])
                sheet = book.active
                print(sheet.title)
                for row in sheet.iter_rows(values_only=True):
                    print(repr(row))
                """, folder.file("dpsst.xlsx"))
            #expect(read.status == 0, "\(read.stderr)")
            #expect(read.stdout.split(separator: "\n").map(String.init) == [
                "Course Roster",
                "('DPSST Number', 'Last Name', 'First Name', 'Course Title', 'Course Date', 'Hours', 'Pass/Fail', 'Instructor')",
                "('0012345', 'Saldaña', 'Zoë', 'De-escalation and critical decision-making', '03/02/2026', 12, 'pass', 'Sgt. Ray')",
                "('0099', \"O'Brien, Jr.\", 'Pat', 'De-escalation and critical decision-making', '03/02/2026', 12, 'pass', 'Sgt. Ray')",
            ])
        }

        @Test("--curricula DIR brings its own profile; a bad one is linted with file:line:column")
        func ownProfile() throws {
            defer { folder.remove() }
            try agency()
            try FileManager.default.createDirectory(atPath: folder.file("mine/profiles"), withIntermediateDirectories: true)
            try folder.write("mine/profiles/academy.yaml", """
                id: academy
                title: Academy hours sheet
                receiver: Regional academy
                jurisdiction: TX
                file_type: csv
                date_format: YYYY-MM-DD
                officer_id: badge
                sources: [ { title: Academy memo, url: "https://example.org/memo" } ]
                columns:
                  - { name: Badge, value: officer_id, basis: published }
                  - { name: Agency, text: Springfield PD, basis: inferred }
                  - { name: Date, value: completed_on, basis: published }
                  - { name: Hours, value: hours, basis: published }
                """)
            let run = try muster("export", "roster", "--profile", "academy", "--curricula", "mine")
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdoutLines == ["Badge,Agency,Date,Hours", "1001,Springfield PD,2026-03-02,12", "1002,Springfield PD,2026-03-02,12"])
            let unknown = try muster("export", "roster", "--profile", "tx-tcole", "--curricula", "mine")
            #expect(unknown.status == 2)
            #expect(unknown.stderr.contains("no roster profile 'tx-tcole' (profiles: academy)"))

            try folder.write("mine/profiles/academy.yaml", "id: academy\ntitle: x\nfile_type: pdf\n")
            let lint = try muster("curricula", "lint", "mine")
            #expect(lint.status == 1)
            #expect(lint.stdout.contains("mine/profiles/academy.yaml:3:12: 'file_type' has unknown value 'pdf'"), "\(lint.stdout)")
            let json = try muster("curricula", "lint", "mine", "--format", "json")
            #expect(json.status == 1)
            let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            let problems = try #require(report["problems"] as? [[String: Any]])
            #expect(problems.contains { $0["file"] as? String == "mine/profiles/academy.yaml" && $0["line"] as? Int == 3
                && $0["column"] as? Int == 12 })
            let refused = try muster("export", "roster", "--profile", "academy", "--curricula", "mine")
            #expect(refused.status == 1)
        }
    }
}
