import Foundation
import MusterTestSupport
import Testing

extension CLISuites {
    /// The printable PDFs (issue 21 item 4), read back by their text (`pdftotext`) and page count (`pdfinfo`).
    @Suite("muster paper: transcripts, certificates, rosters as PDF")
    struct PaperCommandTests {
        let folder: TemporaryDirectory
        let muster: MusterBinary

        init() throws {
            (folder, muster) = try MusterBinary.inTemporaryAgency()
        }

        func agency() throws {
            #expect(try muster.initAgency(officers: "badge,last_name,first_name,unit,email,hire_date\n"
                + "1001,Núñez,Ana,Patrol,ana@example.org,2020-01-06\n1002,Nguyễn,Văn An,Patrol,,2020-01-06\n"
                + "1003,李,小龍,Traffic,li@example.org,2020-01-06\n").status == 0)
            for badge in ["1001", "1002", "1003"] {
                let run = try muster("record", "uof-deadly-force", "--officer", badge, "--on", "2025-12-20", "--score", "95",
                                     "--instructor", "Sgt. <b>O'Brien</b> & Co")
                #expect(run.status == 0, "\(run.stderr)")
            }
            #expect(try muster("assign", "uof-deadly-force", "--unit", "Patrol", "--from", "2025-01-01", "--due", "2026-03-01").status == 0)
            #expect(try muster("waive", "uof-bwc", "--officer", "1002", "--reason", "Desk duty <medical>", "--from", "2026-01-01").status == 0)
        }

        /// A program's standard output (`pdftotext`, `pdfinfo`).
        func tool(_ arguments: String...) throws -> String {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = arguments
            let output = Pipe()
            process.standardOutput = output
            try process.run()
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(arguments)")
            return String(decoding: data, as: UTF8.self)
        }

        func pages(_ pdf: String) throws -> Int? {
            try tool("pdfinfo", pdf).split(separator: "\n").first { $0.hasPrefix("Pages:") }
                .flatMap { Int($0.split(separator: " ").last ?? "") }
        }

        @Test("a transcript prints every completion, waiver and status, with names in any script", arguments: [
            ("1001", "Núñez, Ana"), ("1002", "Nguyễn, Văn An"), ("1003", "李, 小龍"),
        ])
        func transcript(badge: String, name: String) throws {
            defer { folder.remove() }
            try agency()
            let pdf = folder.file("t-\(badge).pdf")
            let run = try muster("officers", "transcript", badge, "--as-of", "2026-06-01", "-o", pdf)
            #expect(run.status == 0, "\(run.stderr)")
            let text = try tool("pdftotext", "-layout", pdf, "-")
            #expect(text.contains("Training transcript"))
            #expect(text.contains("\(name) — badge \(badge)"))
            #expect(text.contains("Requirements as of 2026-06-01"))
            #expect(text.contains("2025-12-20"))
            #expect(text.contains("<b>O'Brien") && !text.contains("&amp;"))
            #expect(text.contains("uof-deadly-force"))
            let patrol = badge != "1003"
            #expect(text.contains(patrol ? "current" : "No requirements on 2026-06-01."))
            #expect(text.contains(badge == "1002" ? "Desk duty <medical>" : "No waivers."))
            #expect(try pages(pdf) == 1)
            #expect(try muster("officers", "transcript", badge, "-o", pdf).status == 1)
            #expect(try muster("officers", "transcript", badge, "-o", pdf, "--force").status == 0)
        }

        @Test("a certificate names the officer, the module and the date of the newest pass; none without a pass")
        func certificate() throws {
            defer { folder.remove() }
            try agency()
            let pdf = folder.file("c.pdf")
            let run = try muster("officers", "certificate", "1002", "uof-deadly-force", "-o", pdf)
            #expect(run.status == 0, "\(run.stderr)")
            let text = try tool("pdftotext", pdf, "-")
            #expect(text.contains("Certificate of Completion"))
            #expect(text.contains("Văn An Nguyễn"))
            #expect(text.contains("Deadly-force standards and decision-making"))
            #expect(text.contains("on 2025-12-20 · score 95"))
            #expect(try pages(pdf) == 1)
            let none = try muster("officers", "certificate", "1002", "uof-bwc", "-o", folder.file("none.pdf"))
            #expect(none.status == 1)
            #expect(none.stderr.contains("no pass of 'uof-bwc'"))
            #expect(!FileManager.default.fileExists(atPath: folder.file("none.pdf")))
        }

        @Test("a class's sign-in sheet lists the enrolled officers with the module, day, time, place and instructor")
        func sheet() throws {
            defer { folder.remove() }
            try agency()
            #expect(try muster("classes", "add", "uof-deescalation", "--on", "2099-12-20", "--at", "09:00", "--place", "Range B",
                               "--instructor", "Sgt. Ortiz", "--capacity", "12").stdout == "1\n")
            #expect(try muster("classes", "enrol", "1", "1003", "1001", "1002").status == 0)
            let pdf = folder.file("sheet.pdf")
            let run = try muster("classes", "sheet", "1", "-o", pdf)
            #expect(run.status == 0, "\(run.stderr)")
            let text = try tool("pdftotext", "-layout", pdf, "-")
            #expect(text.contains("De-escalation and critical decision-making (uof-deescalation)"))
            #expect(text.contains("Date: 2099-12-20 Time: 09:00 Place: Range B Instructor: Sgt. Ortiz Class #1"))
            #expect(text.contains("3 enrolled of 12 seats"))
            for name in ["Núñez, Ana", "Nguyễn, Văn An", "李, 小龍"] { #expect(text.contains(name)) }
            #expect(try pages(pdf) == 1)
            #expect(try muster("classes", "sheet", "2", "-o", folder.file("none.pdf")).status == 1)
        }

        @Test("the roster PDF lists every completion, over as many pages as it takes")
        func roster() throws {
            defer { folder.remove() }
            try agency()
            var csv = "badge,module_id,completed_on,result,score\n"
            for day in 1...28 { for badge in ["1001", "1002", "1003"] { csv += "\(badge),uof-bwc,2025-02-\(String(format: "%02d", day)),pass,\n" } }
            try folder.write("roster.csv", csv)
            let recorded = try muster("record", "--from", "roster.csv")
            #expect(recorded.status == 0, "\(recorded.stderr)")
            let pdf = folder.file("r.pdf")
            let run = try muster("export", "roster-pdf", "-o", pdf)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stderr.contains("wrote 87 row(s)"))
            let text = try tool("pdftotext", "-layout", pdf, "-")
            #expect(text.contains("Completion roster"))
            #expect(text.contains("李, 小龍"))
            #expect(text.contains("Nguyễn, Văn An"))
            #expect(try pages(pdf).map { $0 >= 2 } == true)
            let traffic = try muster("export", "roster-pdf", "--unit", "Traffic", "-o", folder.file("traffic.pdf"))
            #expect(traffic.stderr.contains("wrote 29 row(s)"))
            #expect(try !tool("pdftotext", folder.file("traffic.pdf"), "-").contains("Núñez"))
        }
    }
}
