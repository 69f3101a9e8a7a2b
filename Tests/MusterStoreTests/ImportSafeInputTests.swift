import Foundation
import MusterCore
@testable import MusterStore
import Testing

/// A NUL byte in an imported name once made `audit verify` cry tampering; control characters, dates outside
/// 1900–2100 and bytes that are not UTF-8 are now refused at the line and field that hold them, and nothing
/// of the file is written.
@Suite("CSV import refuses unsafe input at file:line:field")
struct ImportSafeInputTests {
    static let officerHeader = "badge,last_name,first_name,unit,rank,email,login,hire_date\n"
    static let rosterHeader = "badge,module_id,completed_on,result,score,hours,instructor\n"

    static let officerCases: [(String, [String])] = [
        ("N1,Nul\u{0}l,Ann,,,,,\n", ["o.csv:2: last_name: contains the control character U+0000 at character 4; only printable text is accepted"]),
        ("N1,Ok,Mid\tdle,,,,,\n", ["o.csv:2: first_name: contains the control character U+0009 at character 4; only printable text is accepted"]),
        ("N\t1,Ok,Ann,,,,,\n", ["o.csv:2: badge: contains the control character U+0009 at character 2; only printable text is accepted"]),
        ("N1,\tOk\u{0}\t,Ann,,,,,\n", ["o.csv:2: last_name: contains the control character U+0000 at character 3; only printable text is accepted"]),
        ("N1,Ok,Ann,\u{1B}[31mRed,,,,\n", ["o.csv:2: unit: contains the control character U+001B at character 1; only printable text is accepted"]),
        ("N1,Ok,Ann,,Sgt\u{7F},,,\n", ["o.csv:2: rank: contains the control character U+007F at character 4; only printable text is accepted"]),
        ("N1,Ok,Ann,,,a@b\u{85},,\n", ["o.csv:2: email: contains the control character U+0085 at character 4; only printable text is accepted"]),
        ("N1,Ok,Ann,,,,lo\u{0}gin,\n", ["o.csv:2: login: contains the control character U+0000 at character 3; only printable text is accepted"]),
        ("N1,\"Two\nLines\",Ann,,,,,\n", ["o.csv:2: last_name: contains the control character U+000A at character 4; only printable text is accepted"]),
        ("N0,Fine,Row,,,,,\nN1,\"Car\rriage\",\u{0},,,,,\n", [
            "o.csv:3: last_name: contains the control character U+000D at character 4; only printable text is accepted",
            "o.csv:3: first_name: contains the control character U+0000 at character 1; only printable text is accepted",
        ]),
        ("N1,Ok,Ann,,,,,1899-12-31\n", ["o.csv:2: hire_date: 1899-12-31 is outside the years 1900–2100"]),
        ("N1,Ok,Ann,,,,,0001-01-01\n", ["o.csv:2: hire_date: 0001-01-01 is outside the years 1900–2100"]),
        ("N1,Ok,Ann,,,,,2200-01-01\n", ["o.csv:2: hire_date: 2200-01-01 is outside the years 1900–2100"]),
    ]

    @Test("officers CSV: every control character and out-of-range date is refused at its line and field",
          arguments: officerCases.indices)
    func officerRefusals(index: Int) throws {
        let (rows, expected) = Self.officerCases[index]
        let fixture = try StoreFixture()
        let events = try fixture.store.integer("SELECT COUNT(*) FROM audit_event")
        let outcome = try fixture.store.importOfficersCSV(
            Array((Self.officerHeader + rows).utf8), file: "o.csv", sync: false, dryRun: false, actor: "t")
        #expect(outcome.problems.map(\.description) == expected)
        #expect(!outcome.applied)
        #expect(try fixture.store.officer(badge: "N0") == nil)
        #expect(try fixture.store.officer(badge: "N1") == nil)
        #expect(try fixture.store.integer("SELECT COUNT(*) FROM audit_event") == events)
    }

    @Test("a tab padding a cell is trimmed as before; only one inside the cell is refused")
    func paddingTabTrimmed() {
        let parsed = OfficerCSV.parse(Array("badge,last_name,first_name\n\tN1\t,\tOk ,Ann\t\n".utf8), file: "t.csv", today: today)
        #expect(parsed.problems == [])
        #expect(parsed.rows.map(\.row) == [OfficerImportRow(badge: "N1", lastName: "Ok", firstName: "Ann")])
    }

    @Test("a control character in the header is refused as the header's")
    func headerControlCharacter() throws {
        let parsed = OfficerCSV.parse(Array("badge,last\u{0}_name,first_name\nN1,A,B\n".utf8), file: "h.csv", today: today)
        #expect(parsed.problems.map(\.description)
            == ["h.csv:1: header: contains the control character U+0000 at character 5; only printable text is accepted"])
    }

    static let rosterCases: [(String, [String])] = [
        ("A1,first-aid,2025-03-01,pass,,2,Sgt.\u{0}Ray\n",
         ["r.csv:2: instructor: contains the control character U+0000 at character 5; only printable text is accepted"]),
        ("A1,first\taid,2025-03-01,pass,,2,\n",
         ["r.csv:2: module_id: contains the control character U+0009 at character 6; only printable text is accepted"]),
        ("A1,first-aid,1899-12-31,pass,,2,\n", ["r.csv:2: completed_on: 1899-12-31 is outside the years 1900–2100"]),
        ("A1,first-aid,2101-01-01,pass,,2,\n", ["r.csv:2: completed_on: 2101-01-01 is outside the years 1900–2100"]),
        ("A1,first-aid,2025-03-01,pass,101,2,\n", ["r.csv:2: score: 101 is outside 0–100"]),
        ("A1,first-aid,2025-03-01,pass,-1,2,\n", ["r.csv:2: score: -1 is outside 0–100"]),
        ("A1,first-aid,2025-03-01,pass,99999999999999999999,2,\n", ["r.csv:2: score: '99999999999999999999' is not a whole number"]),
        ("A1,first-aid,2025-03-01,pass,,0,\n", ["r.csv:2: hours: 0 must be greater than 0"]),
        ("A1,first-aid,2025-03-01,pass,,2000.5,\n", ["r.csv:2: hours: 2000.5 is more than the 2000 one completion may claim"]),
        ("A1,first-aid,2025-03-01,pass,,1e300,\n", ["r.csv:2: hours: 1e+300 is more than the 2000 one completion may claim"]),
        ("A1,first-aid,2025-03-01,pass,,nan,\n", ["r.csv:2: hours: nan must be greater than 0"]),
    ]

    @Test("roster CSV: control characters, dates, scores and hours out of range are refused at line and field",
          arguments: rosterCases.indices)
    func rosterRefusals(index: Int) throws {
        let (rows, expected) = Self.rosterCases[index]
        let fixture = try StoreFixture()
        let outcome = try fixture.store.importRosterCSV(
            Array((Self.rosterHeader + rows).utf8), file: "r.csv", dryRun: false, actor: "t")
        #expect(outcome.problems.map(\.description) == expected)
        #expect(!outcome.applied)
        #expect(try fixture.store.integer("SELECT COUNT(*) FROM completion") == 0)
    }

    private static func utf8(_ text: String) -> [UInt8] { Array(text.utf8) }
    private static let notUTF8 = "row: a byte that is not UTF-8 text (save the file as CSV UTF-8)"

    static let badBytes: [([UInt8], [String])] = [
        (utf8("badge,last_name,first_name\nN1,A,B\nN2,M") + [0xFC] + utf8("ller,Y\n"), ["x.csv:3: " + notUTF8]),
        ([0xEF, 0xBB, 0xBF] + utf8("badge,last_name,first_name\r\nN1,A,") + [0xC3, 0x28] + utf8("\r\nN2,B,C\r\nN3,")
            + [0xFF] + utf8(",D\r\n"), ["x.csv:2: " + notUTF8, "x.csv:4: " + notUTF8]),
        // Inside a quoted field spanning lines: the physical line of the byte, not the record's first line.
        (utf8("badge,last_name,first_name\nN1,\"A\nB") + [0xE2, 0x82] + utf8("\",C\n"), ["x.csv:3: " + notUTF8]),
        ([0xFE] + utf8("badge,last_name,first_name\n"), ["x.csv:1: " + notUTF8]),
    ]

    @Test("a byte that is not UTF-8 is reported at its own line, every such line", arguments: badBytes.indices)
    func badByteLine(index: Int) {
        let (bytes, expected) = Self.badBytes[index]
        #expect(OfficerCSV.parse(bytes, file: "x.csv", today: today).problems.map(\.description) == expected)
    }

    static let typedCommands: [(RecordCommand, String)] = [
        (.addOfficer(Officer(badge: "Z1", lastName: "Nul\u{0}", firstName: "X")),
         "last_name contains the control character U+0000 at character 4; only printable text is accepted"),
        (.recordCompletion(CompletionRequest(badge: "A1", moduleID: "first-aid", completedOn: CalendarDate(iso: "2025-01-02"),
                                             instructor: "\u{1B}]0;pwned\u{7}")),
         "instructor contains the control character U+001B at character 1; only printable text is accepted"),
        (.recordCompletion(CompletionRequest(badge: "A1", moduleID: "first-aid", completedOn: CalendarDate(iso: "1850-01-02"))),
         "completed_on 1850-01-02 is outside the years 1900–2100"),
        (.editOfficer(badge: "A1", changes: OfficerChanges(firstName: "Tab\there")),
         "first_name contains the control character U+0009 at character 4; only printable text is accepted"),
    ]

    @Test("the one write path refuses typed text and dates before anything is written", arguments: typedCommands.indices)
    func writePathRefuses(index: Int) throws {
        let (command, message) = Self.typedCommands[index]
        let fixture = try StoreFixture()
        let events = try fixture.store.integer("SELECT COUNT(*) FROM audit_event")
        #expect {
            try fixture.store.apply([command], actor: "t")
        } throws: { error in
            (error as? StoreError)?.description == message
        }
        #expect(try fixture.store.integer("SELECT COUNT(*) FROM audit_event") == events)
    }
}
