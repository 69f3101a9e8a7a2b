import Foundation
import MusterCore
@testable import MusterStore
import MusterTestSupport
import Testing

@Suite("CSV cells a spreadsheet would run as a formula get a ' in front; numbers and JSON do not")
struct CSVFormulaTests {
    static let cells: [(String, String)] = [
        ("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""),
        ("=1+2", "'=1+2"),
        ("+1 555 0100", "'+1 555 0100"),
        ("-Smith", "'-Smith"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "\"'\rcmd\""),
        ("=a,b", "\"'=a,b\""),
        ("-", "'-"),
        ("+", "'+"),
        ("-.", "'-."),
        ("-1e", "'-1e"),
        ("-5", "-5"),
        ("+3", "+3"),
        ("-1.25", "-1.25"),
        ("+1.5e3", "+1.5e3"),
        ("-.5", "-.5"),
        ("-2E-7", "-2E-7"),
        ("a=b", "a=b"),
        ("O'Brien", "O'Brien"),
        ("", ""),
        ("2025-01-31", "2025-01-31"),
    ]

    @Test("a cell is guarded the same by the row writer and by rows encoded ahead", arguments: cells)
    func guarded(cell: String, spelled: String) throws {
        var line = CSVLine()
        line.field(cell)
        #expect(String(decoding: line.bytes, as: UTF8.self) == spelled)
        var rows = EncodedRows(.csv(excel: false))
        rows.append([cell as String?])
        #expect(String(decoding: rows.bytes, as: UTF8.self) == spelled + "\n")
        var typed = EncodedRows(.csv(excel: true))
        typed.append([ExportValue.text(cell)])
        #expect(String(decoding: typed.bytes, as: UTF8.self) == spelled + "\r\n")
        let run = rows.run([cell])
        var viaRun = EncodedRows(.csv(excel: false))
        viaRun.beginRow()
        viaRun.fields(run)
        viaRun.endRow()
        #expect(String(decoding: viaRun.bytes, as: UTF8.self) == spelled + "\n")
    }

    @Test("typed numbers stay numbers, and JSON keeps the text as it is")
    func numbersAndJSON() throws {
        var rows = EncodedRows(.csv(excel: false))
        rows.append([ExportValue.integer(-5), .number(-1.5), .text("-Smith")])
        #expect(String(decoding: rows.bytes, as: UTF8.self) == "-5,-1.5,'-Smith\n")
        var json = EncodedRows(.json(columns: ["a", "b"]))
        json.append([ExportValue.text("=1+2"), .text("-Smith")])
        #expect(String(decoding: json.bytes, as: UTF8.self) == ",\n  {\"a\": \"=1+2\", \"b\": \"-Smith\"}")
    }

    @Test("an export of the records guards an imported name in CSV and Excel CSV alike", arguments: [false, true])
    func export(excel: Bool) throws {
        let fixture = try StoreFixture(officers: [Officer(badge: "Z1", lastName: "=cmd|' /C calc'!A0", firstName: "@Ann")])
        defer { fixture.directory.remove() }
        let path = fixture.directory.file("officers.csv")
        let writer = CSVExportWriter(output: try ExportOutput(path: path), excel: excel)
        for officer in try fixture.store.officers(OfficerQuery()) { try writer.writeRow([officer.badge, officer.lastName, officer.firstName]) }
        try writer.finish()
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("Z1,'=cmd|' /C calc'!A0,'@Ann"))
    }
}
