import Foundation
import MusterTestSupport
import Testing

extension CLISuites {
    /// `officers import` of files as HR sends them, and the unit, search and badge matching that follows,
    /// through the real executable.
    @Suite("muster officers import: HR files")
    struct OfficerImportMapTests {
        let folder: TemporaryDirectory
        let muster: MusterBinary

        /// A payroll export: its own headers, MM/DD/YYYY dates, upper-case names and units.
        static let payroll = "PERS_STAR_NO,PERS_LAST_NME,PERS_FIRST_NME,DESCR,HIRE_DT,PERS_MIDDLE\n"
            + "04007,O'BRIEN,PATRICK,PATROL NORTH,03/07/2019,J\n"
            + "1042,NGUYỄN,AN,Traffic,11/15/2020,\n"
            + "1043,SMITH,JANE, traffic ,1/2/2021,\n"
        static let payrollMap = "badge=PERS_STAR_NO,last_name=PERS_LAST_NME,first_name=PERS_FIRST_NME,unit=DESCR,hire_date=HIRE_DT"
        /// A spreadsheet from another office: headers with spaces and a '#', badges without their zeros.
        static let spreadsheet = "Badge #,Last Name,First Name,Unit\n4007,O'Brien,Patrick,Patrol  North\n1042,Nguyễn,An,TRAFFIC\n"
            + "1050,Lee,Kim,Detectives\n"

        init() throws {
            (folder, muster) = try MusterBinary.inTemporaryAgency()
            #expect(try muster("init").status == 0)
            try folder.write("payroll.csv", Self.payroll)
            try folder.write("sheet.csv", Self.spreadsheet)
        }

        func json(_ run: MusterBinary.Run) throws -> [String: Any] {
            try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        }

        func officers(_ arguments: String...) throws -> [[String: Any]] {
            let run = try muster.run(["officers", "list", "--format", "json"] + arguments)
            return try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        }

        @Test("HR headers are refused with the --map to give, built from the file's own headers")
        func suggestions() throws {
            defer { folder.remove() }
            let payroll = try muster("officers", "import", "payroll.csv")
            #expect(payroll.status == 1)
            #expect(payroll.stderr.contains("payroll.csv:1: header: unknown column 'PERS_STAR_NO'; did you mean --map badge=PERS_STAR_NO?"))
            #expect(payroll.stderr.contains("unknown column 'DESCR'; did you mean --map unit=DESCR?"))
            #expect(payroll.stderr.contains("try --map \"\(Self.payrollMap)\""))
            let sheet = try muster("officers", "import", "sheet.csv")
            #expect(sheet.stderr.contains("unknown column 'Badge #'; did you mean --map badge='Badge #'?"))
            #expect(sheet.stderr.contains("try --map \"badge='Badge #',last_name='Last Name',first_name='First Name'\""))
            let wrong = try muster("officers", "import", "sheet.csv", "--map", "badge=Badge,last_name='Last Name',first_name='First Name'")
            #expect(wrong.status == 1)
            #expect(wrong.stderr.contains("--map badge=Badge names no column of the file; did you mean --map badge='Badge #'?"))
            #expect(try officers().isEmpty)
        }

        @Test("a mapped payroll file with MM/DD/YYYY dates lists who would be added, then imports and saves the map")
        func payrollImport() throws {
            defer { folder.remove() }
            let iso = try muster("officers", "import", "payroll.csv", "--map", Self.payrollMap)
            #expect(iso.status == 1)
            #expect(iso.stderr.contains("payroll.csv:2: hire_date: '03/07/2019' is not a date in YYYY-MM-DD form"))
            let dry = try muster("officers", "import", "payroll.csv", "--map", Self.payrollMap, "--date-format", "MM/DD/YYYY",
                                 "--dry-run", "--save-map", "payroll")
            #expect(dry.status == 0)
            #expect(dry.stdoutLines.first == "would import: 3 new, 0 updated, 0 unchanged, 0 separated")
            #expect(dry.stdout.contains("added   04007  O'BRIEN, PATRICK  unit: PATROL NORTH; hire_date: 2019-03-07"))
            #expect(dry.stdout.contains("added   1043   SMITH, JANE       unit: Traffic; hire_date: 2021-01-02"))
            #expect(try officers().isEmpty)
            let real = try muster("officers", "import", "payroll.csv", "--map", Self.payrollMap, "--date-format", "MM/DD/YYYY",
                                  "--save-map", "payroll")
            #expect(real.status == 0)
            #expect(real.stdout.contains("saved map 'payroll'"))
            // One unit however the file spells it, under the spelling first stored.
            #expect(try officers().map { $0["unit"] as? String } == ["PATROL NORTH", "Traffic", "Traffic"])
            // The saved map brings its date format back.
            let again = try muster("officers", "import", "payroll.csv", "--map", "payroll", "--dry-run")
            #expect(again.stdoutLines == ["would import: 0 new, 0 updated, 3 unchanged, 0 separated"])
        }

        @Test("--sync lists changes field by field and separations; a listed separated officer is rehired on --effective")
        func syncAndRehire() throws {
            defer { folder.remove() }
            #expect(try muster("officers", "import", "payroll.csv", "--map", Self.payrollMap, "--date-format", "MM/DD/YYYY",
                               "--save-map", "payroll").status == 0)
            let sheetMap = "badge='Badge #',last_name='Last Name',first_name='First Name'"
            let sync = try muster("officers", "import", "sheet.csv", "--map", sheetMap, "--sync", "--effective", "2026-12-01",
                                  "--format", "json")
            #expect(sync.status == 0)
            let result = try json(sync)
            #expect(result["new"] as? Int == 1 && result["updated"] as? Int == 2 && result["separated"] as? Int == 1)
            let changes = try #require(result["changes"] as? [[String: Any]])
            #expect(changes.map { $0["kind"] as? String } == ["changed", "changed", "added", "separated"])
            // 4007 in the sheet is officer 04007: updated, not added a second time.
            #expect(changes.map { $0["badge"] as? String } == ["04007", "1042", "1050", "1043"])
            let fields = try #require(changes[0]["fields"] as? [[String: Any]])
            #expect(fields.first?["field"] as? String == "last_name")
            #expect(fields.first?["old"] as? String == "O'BRIEN" && fields.first?["new"] as? String == "O'Brien")

            let rehire = try muster("officers", "import", "payroll.csv", "--map", "payroll", "--dry-run", "--effective", "2026-12-03")
            #expect(rehire.stdout.contains("(1 rehired)"))
            #expect(rehire.stdout.contains("rehired  1043   SMITH, JANE       status: separated → active"))
            #expect(try muster("officers", "import", "payroll.csv", "--map", "payroll", "--effective", "2026-12-03").status == 0)
            let history = try muster("officers", "show", "1043")
            #expect(history.stdout.contains("separated 2026-12-01"))
            #expect(history.stdout.contains("reinstated 2026-12-03"))
            #expect(history.stdout.contains("status: active"))
        }

        @Test("one badge twice in a file, with or without its zeros, is refused naming both lines")
        func duplicateBadge() throws {
            defer { folder.remove() }
            try folder.write("twice.csv", "Badge #,Last Name,First Name\n4007,A,B\n1042,C,D\n04007,E,F\n")
            let run = try muster("officers", "import", "twice.csv", "--map", "badge='Badge #',last_name='Last Name',first_name='First Name'")
            #expect(run.status == 1)
            #expect(run.stderr.contains("twice.csv:4: badge: '04007' is in the file twice: twice.csv:2 ('4007') and twice.csv:4"))
        }

        @Test("units, search and badge arguments match as people type them")
        func matching() throws {
            defer { folder.remove() }
            #expect(try muster("officers", "import", "payroll.csv", "--map", Self.payrollMap, "--date-format", "MM/DD/YYYY").status == 0)
            #expect(try officers("--unit", "Patrol North").map { $0["badge"] as? String } == ["04007"])
            #expect(try officers("--unit", " TRAFFIC ").map { $0["badge"] as? String } == ["1042", "1043"])
            let unknown = try muster("officers", "list", "--unit", "Narcotics")
            #expect(unknown.status == 1)
            #expect(unknown.stderr.contains("unknown unit 'Narcotics'"))
            #expect(try muster("status", "--unit", "Narcotics").status == 1)
            #expect(try officers("--search", "obrien").map { $0["badge"] as? String } == ["04007"])
            #expect(try officers("--search", "nguy").map { $0["badge"] as? String } == ["1042"])
            #expect(try officers("--search", "4007").map { $0["badge"] as? String } == ["04007"])
            #expect(try officers("--search", "jane smith").map { $0["badge"] as? String } == ["1043"])
            let shown = try muster("officers", "show", "4007")
            #expect(shown.status == 0)
            #expect(shown.stdout.contains("(badge 04007)"))
            #expect(try muster("officers", "edit", "4007", "--rank", "Sergeant").stdout == "updated officer 04007\n")
            // A class sheet exported without the zeros records against the officer who has them.
            try folder.write("class.csv", "badge,module_id,completed_on\n4007,uof-bwc,2026-11-20\n")
            #expect(try muster("record", "--from", "class.csv").status == 0)
            #expect(try muster("officers", "show", "04007").stdout.contains("uof-bwc"))
            #expect(try muster("officers", "add", "--badge", "004007", "--last-name", "Twin", "--first-name", "Tess").status == 0)
            let both = try muster("officers", "show", "4007")
            #expect(both.status == 1)
            #expect(both.stderr.contains("badge '4007' matches officers '004007' and '04007'"))
            #expect(try muster("record", "uof-bwc", "--officer", "4007", "--on", "2026-11-21").status == 1)
            let sheet = try muster("record", "--from", "class.csv")
            #expect(sheet.status == 1)
            #expect(sheet.stderr.contains("class.csv:2: badge: badge '4007' matches officers '004007' and '04007'"))
            #expect(try muster("officers", "show", "04007").status == 0)
            // A unit assignment given in any spelling names the unit as stored.
            #expect(try muster("assign", "uof-bwc", "--unit", "patrol  NORTH").status == 0)
            let assignments = try muster("assignments", "list", "--unit", "Patrol North", "--format", "json")
            #expect(assignments.stdout.contains("\"unit\": \"PATROL NORTH\""))
        }
    }
}
