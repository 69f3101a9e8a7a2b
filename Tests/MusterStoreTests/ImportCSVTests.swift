import Foundation
import MusterCore
@testable import MusterStore
import MusterTestSupport
import Testing

@Suite("CSV import: parsing, validation and all-or-nothing writes")
struct ImportCSVTests {
    func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test("officers CSV with BOM, CRLF, quoted commas, quotes and line breaks parses with physical lines; a line break in a name is refused")
    func officerCSVForms() throws {
        let text = "\u{FEFF}Badge,last_name,first_name,unit,status\r\n"
            + "A7,\"O'Neil, Jr.\",\"Mary \"\"May\"\"\",North,leave\r\n"
            + "\r\n"
            + "A8,\"Two\nLines\",Kō,,\r\n"
            + "A9,Ünal,Ayşe,東京,ACTIVE"
        let parsed = OfficerCSV.parse(bytes(text), file: "o.csv", today: today)
        #expect(parsed.problems.map(\.description)
            == ["o.csv:4: last_name: contains the control character U+000A at character 4; only printable text is accepted"])
        #expect(parsed.rows.map(\.line) == [2, 6])
        #expect(try CSVText.records(bytes(text)).map(\.line) == [1, 2, 4, 6])
        #expect(try CSVText.records(bytes(text))[2].fields[1] == "Two\nLines")
        #expect(parsed.rows[0].row == OfficerImportRow(badge: "A7", lastName: "O'Neil, Jr.", firstName: "Mary \"May\"",
                                                       unit: .some("North"), rank: nil, status: .leave))
        #expect(parsed.rows[1].row.unit == .some("東京"))
        #expect(parsed.rows[1].row.status == .active)
    }

    /// The malformed corpus: each file and every problem it must report, as `file:line: field: problem`.
    static let malformedOfficers: [(String, String, [String])] = [
        ("missing-column.csv", "badge,last_name\nA1,X\n",
         ["missing-column.csv:1: header: missing required column 'first_name'"]),
        ("unknown-column.csv", "badge,last_name,first_name,shoe_size\nA1,X,Y,9\n",
         ["unknown-column.csv:1: header: unknown column 'shoe_size' (expected badge, last_name, first_name, unit, rank, email, login, hire_date, status, post_id, or give --map FIELD=shoe_size)"]),
        ("bad-rows.csv", "badge,last_name,first_name,hire_date,status\n"
            + "N1,Ok,Row,2020-01-01,active\n"
            + "N2,,Y,2020-13-01,retired\n"
            + "N1,Dup,Licate,,\n"
            + "N4,Z,Z,2030-01-01,\n"
            + "N5,Short\n",
         ["bad-rows.csv:3: last_name: required, but empty",
          "bad-rows.csv:3: hire_date: '2020-13-01' is not a date in YYYY-MM-DD form",
          "bad-rows.csv:3: status: 'retired' is not one of active, leave, separated",
          "bad-rows.csv:4: badge: 'N1' is in the file twice: bad-rows.csv:2 ('N1') and bad-rows.csv:4",
          "bad-rows.csv:5: hire_date: 2030-01-01 is in the future (today is 2025-06-15)",
          "bad-rows.csv:6: row: has 2 fields, the header has 5"]),
        ("quote.csv", "badge,last_name,first_name\nN1,\"Open,Y\nN2,A,B\n",
         ["quote.csv:2: row: a quoted field is never closed"]),
        ("stray-quote.csv", "badge,last_name,first_name\nN1,O\"Neil,Y\n",
         ["stray-quote.csv:2: row: a quote inside an unquoted field (quote the whole field and double the quote)"]),
        ("latin1.csv", "badge,last_name,first_name\nN1,M\u{00FC}ller,Y\n",
         ["latin1.csv:2: row: a byte that is not UTF-8 text (save the file as CSV UTF-8)"]),
        ("empty.csv", "",
         ["empty.csv:1: header: the file is empty; expected a header line badge,last_name,first_name"]),
        ("login.csv", "badge,last_name,first_name,login\nN1,A,B,sam\nN2,C,D,sam\nN3,E,F,zoe\n",
         ["login.csv:3: login: 'sam' already appears on line 2",
          "login.csv:4: login: 'zoe' already belongs to officer 'A1'"]),
    ]

    @Test("a malformed officers file reports every problem and writes nothing",
          arguments: malformedOfficers.indices)
    func malformedOfficersFile(index: Int) throws {
        let (name, text, expected) = Self.malformedOfficers[index]
        let fixture = try StoreFixture()
        var data = bytes(text)
        if name == "latin1.csv" {
            // "Müller" in Latin-1: a lone 0xFC byte is not UTF-8.
            data = Array("badge,last_name,first_name\nN1,M".utf8) + [0xFC] + Array("ller,Y\n".utf8)
        }
        let path = try fixture.directory.write(name, "")
        try Data(data).write(to: URL(fileURLWithPath: path))
        let events = try fixture.store.integer("SELECT COUNT(*) FROM audit_event")
        let outcome = try fixture.store.importOfficersCSV(
            SQLiteRecordStore.readImportFile(path), file: name, sync: true, dryRun: false, actor: "t")
        #expect(outcome.problems.map(\.description) == expected)
        #expect(!outcome.applied)
        #expect(outcome.summary == nil)
        #expect(try fixture.store.officerCount(.all) == StoreFixture.officers.count)
        #expect(try fixture.store.officerCount(OfficerFilter(statuses: [.separated])) == 0)
        #expect(try fixture.store.integer("SELECT COUNT(*) FROM audit_event") == events)
    }

    @Test("a good officers file: the dry run counts the changes, the real run writes exactly those")
    func dryRunThenApply() throws {
        let fixture = try StoreFixture()
        let text = "badge,last_name,first_name,unit\nA1,Ångström,Zoë,North\nA2,Baker,Sam,West\nN1,New,One,West\n"
        let dry = try fixture.store.importOfficersCSV(bytes(text), file: "o.csv", sync: true, dryRun: true, actor: "t")
        let expected = OfficerImportSummary(new: 1, updated: 1, unchanged: 1, separated: 2)
        #expect(dry.problems.isEmpty && dry.summary?.counts == expected && !dry.applied)
        #expect(dry.summary?.changes.map(\.kind) == [.changed, .added, .separated, .separated])
        #expect(try fixture.store.officer(badge: "N1") == nil)
        let real = try fixture.store.importOfficersCSV(bytes(text), file: "o.csv", sync: true, dryRun: false, actor: "t")
        #expect(real.problems.isEmpty && real.summary == dry.summary && real.applied)
        #expect(try fixture.store.officer(badge: "A2")?.unit == "West")
        #expect(try fixture.store.officer(badge: "C1")?.status == .separated)
        let again = try fixture.store.importOfficersCSV(bytes(text), file: "o.csv", sync: true, dryRun: false, actor: "t")
        #expect(again.summary?.counts == OfficerImportSummary(new: 0, updated: 0, unchanged: 3, separated: 0))
    }

    @Test("a roster file is checked against the records and every bad row is reported")
    func rosterProblems() throws {
        let fixture = try StoreFixture()
        let text = "badge,module_id,completed_on,result,score,hours,instructor,session\n"
            + "A1,first-aid,2025-03-01,pass,,2,Sgt. Ray,\n"
            + "GHOST,first-aid,2025-03-01,,,,,\n"
            + "A2,juggling,2025-03-01,,,,,\n"
            + "A2,de-escalation,2025-03-01,pass,50,,,\n"
            + "A2,first-aid,2025-13-01,maybe,abc,-1,,7\n"
            + "B1,first-aid,2025-06-16,,101,,,\n"
            + "B1,first-aid,2025-03-01,,,,,99\n"
        let outcome = try fixture.store.importRosterCSV(bytes(text), file: "r.csv", dryRun: false, actor: "t")
        #expect(outcome.problems.map(\.description) == [
            "r.csv:3: badge: unknown badge 'GHOST'",
            "r.csv:4: module_id: unknown module 'juggling'",
            "r.csv:5: result: result 'pass' contradicts score 50 with pass mark 80",
            "r.csv:6: completed_on: '2025-13-01' is not a date in YYYY-MM-DD form",
            "r.csv:6: result: 'maybe' is not pass or fail",
            "r.csv:6: score: 'abc' is not a whole number",
            "r.csv:6: hours: -1 must be greater than 0",
            "r.csv:7: completed_on: 2025-06-16 is in the future (today is 2025-06-15)",
            "r.csv:7: score: 101 is outside 0–100",
            "r.csv:8: session: unknown class session 99",
        ])
        #expect(!outcome.applied)
        #expect(try fixture.store.integer("SELECT COUNT(*) FROM completion") == 0)
    }

    @Test("re-importing the same roster adds nothing and says how many were duplicates")
    func rosterReimport() throws {
        let fixture = try StoreFixture()
        let text = "badge,module_id,completed_on,score\nA1,de-escalation,2025-03-01,90\nA2,de-escalation,2025-03-01,60\n"
        let session = SessionRequest(moduleID: SampleCurriculum.deEscalation, heldOn: day("2025-03-01"))
        let dry = try fixture.store.importRosterCSV(bytes(text), file: "r.csv", session: session, dryRun: true, actor: "t")
        #expect(dry.summary?.newIDs.count == 2)
        #expect(try fixture.store.integer("SELECT COUNT(*) FROM completion") == 0)
        let first = try fixture.store.importRosterCSV(bytes(text), file: "r.csv", session: session, dryRun: false, actor: "t")
        #expect(first.summary?.newIDs.count == 2)
        #expect(first.summary?.duplicates == 0)
        let results = try fixture.store.completions(badge: "A2").map(\.completion.result)
        #expect(results == [.fail])
        let second = try fixture.store.importRosterCSV(bytes(text), file: "r.csv", dryRun: false, actor: "t")
        #expect(second.summary == RosterSummary(newIDs: [], duplicates: 2))
        #expect(try fixture.store.integer("SELECT COUNT(*) FROM completion") == 2)
    }
}
