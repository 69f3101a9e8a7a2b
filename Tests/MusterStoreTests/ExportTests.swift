import Foundation
import MusterCore
@testable import MusterStore
import MusterTestSupport
import Testing

@Suite("Roster export rows and the export writers")
struct ExportTests {
    func exportFixture() throws -> StoreFixture {
        let fixture = try StoreFixture()
        _ = try fixture.record("A1", SampleCurriculum.deEscalation, on: "2024-01-31", score: 91)
        let voided = try fixture.record("A2", SampleCurriculum.firstAid, on: "2024-05-05")
        try fixture.apply(.voidCompletion(id: voided, reason: "wrong class"))
        try fixture.apply(.recordCompletion(CompletionRequest(
            badge: "B1", moduleID: SampleCurriculum.firstAid, completedOn: day("2024-05-05"), hours: 1.5,
            instructor: "Ray, \"Sarge\"")))
        _ = try fixture.record("C1", SampleCurriculum.legalUpdate, on: "2025-02-02")
        return fixture
    }

    func rows(_ store: SQLiteRecordStore, _ filter: RosterExportFilter = RosterExportFilter()) throws -> [RosterExportRow] {
        var rows: [RosterExportRow] = []
        try store.forEachRosterRow(filter) { rows.append($0) }
        return rows
    }

    @Test("one row per non-voided completion with the officer, module title and expiry from its version")
    func rosterRows() throws {
        let fixture = try exportFixture()
        let all = try rows(fixture.store)
        #expect(all.map(\.badge) == ["A1", "B1", "C1"])
        #expect(all[0].values.map(\.csvText) == [
            "A1", "Ångström", "Zoë", "North", "de-escalation", "De-escalation", "2023.1", "2024-01-31", "pass", "91", "",
            "", "2025-01-31", "2025-01-30", "",
        ])
        #expect(all[1].expiresOn == day("2026-01-01"))  // calendar year: counts through the following 31 December
        #expect(all[1].moduleTitle == "First aid, \"tactical\"")
        #expect(all[1].hours == 1.5)
        #expect(all[2].expiresOn == nil)
        #expect(all[2].unit == nil)
        #expect(RosterExportRow.columns.joined(separator: ",")
            == "badge,last_name,first_name,unit,module_id,module_title,module_version,completed_on,result,score,hours,instructor,"
            + "expires_on,valid_through,post_id")
    }

    @Test("valid_through is the day before expires_on; a failed completion has neither")
    func validThrough() throws {
        let fixture = try exportFixture()
        _ = try fixture.record("A1", SampleCurriculum.deEscalation, on: "2024-06-03", result: .fail, score: 40)
        let all = try rows(fixture.store)
        for row in all where row.result == .pass {
            #expect(row.validThrough == row.expiresOn.map { $0.adding(days: -1) })
        }
        let failed = try #require(all.first { $0.result == .fail })
        #expect(failed.expiresOn == nil && failed.validThrough == nil)
        #expect(failed.values.suffix(2).map(\.csvText) == ["", ""])
        #expect(all.first { $0.badge == "C1" }?.values.suffix(2).map(\.csvText) == ["", ""])  // never expires
    }

    @Test("roster filters narrow by module, unit and completed_on range", arguments: [
        (RosterExportFilter(moduleID: "first-aid"), ["B1"]),
        (RosterExportFilter(unit: "North"), ["A1"]),
        (RosterExportFilter(from: day("2024-05-05")), ["B1", "C1"]),
        (RosterExportFilter(to: day("2024-05-05")), ["A1", "B1"]),
        (RosterExportFilter(moduleID: "legal-update", unit: "North"), []),
    ])
    func rosterFilters(filter: RosterExportFilter, badges: [String]) throws {
        let fixture = try exportFixture()
        #expect(try rows(fixture.store, filter).map(\.badge) == badges)
    }

    func writeCSV(_ rows: [RosterExportRow], to path: String?, excel: Bool) throws {
        let writer = CSVExportWriter(output: try ExportOutput(path: path), excel: excel)
        try writer.writeRow(RosterExportRow.columns)
        for row in rows { try writer.writeRow(row.values) }
        try writer.finish()
    }

    @Test("CSV and Excel CSV round-trip through Python's csv module", arguments: [false, true])
    func pythonRoundTrip(excel: Bool) throws {
        let searchPath = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
        let python = (searchPath + ["/usr/bin", "/usr/local/bin"]).map { $0 + "/python3" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
        let fixture = try exportFixture()
        var all = try rows(fixture.store)
        all[2].instructor = "line one\nline two, with comma"
        all[2].lastName = " padded "
        let path = fixture.directory.file("roster.csv")
        try writeCSV(all, to: path, excel: excel)
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(data.starts(with: [0xEF, 0xBB, 0xBF]) == excel)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\r\n") == excel)
        guard let python else { return }
        let script = """
            import csv, json, sys
            with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
                print(json.dumps(list(csv.reader(f))))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", script, path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let parsed = try JSONDecoder().decode([[String]].self, from: output)
        #expect(parsed == [RosterExportRow.columns] + all.map { $0.values.map(\.csvText) })
    }

    @Test("JSON export is an array of typed objects in column order")
    func jsonExport() throws {
        let fixture = try exportFixture()
        let path = fixture.directory.file("roster.json")
        let writer = JSONExportWriter(output: try ExportOutput(path: path), columns: RosterExportRow.columns)
        for row in try rows(fixture.store) { try writer.writeRow(row.values) }
        try writer.finish()
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let objects = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        #expect(objects.count == 3)
        #expect(objects[0]["score"] as? Int == 91)
        #expect(objects[0]["hours"] is NSNull)
        #expect(objects[1]["hours"] as? Double == 1.5)
        #expect(objects[1]["instructor"] as? String == "Ray, \"Sarge\"")
        #expect(String(decoding: data, as: UTF8.self).hasPrefix("[\n  {\"badge\": \"A1\", \"last_name\""))

        let emptyPath = fixture.directory.file("empty.json")
        let empty = JSONExportWriter(output: try ExportOutput(path: emptyPath), columns: RosterExportRow.columns)
        try empty.finish()
        #expect(try String(contentsOfFile: emptyPath, encoding: .utf8) == "[]\n")
    }

    @Test("a regular file is replaced only when the export finishes; an abandoned export leaves it as it was")
    func atomicWrite() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("out.csv", "old content\n")
        let output = try ExportOutput(path: path, replacing: true)
        #expect(output.isAtomic)
        let writer = CSVExportWriter(output: output)
        try writer.writeRow(["new", "content"])
        // Before finishing, the destination still holds the old file.
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old content\n")
        output.abandon()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old content\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["out.csv"])

        let second = CSVExportWriter(output: try ExportOutput(path: path, replacing: true))
        try second.writeRow(["new", "content"])
        try second.finish()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new,content\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["out.csv"])
    }

    @Test("a FIFO is written directly and never replaced")
    func fifoWrittenDirectly() async throws {
        let directory = try TemporaryDirectory()
        let fifo = directory.file("pipe")
        #expect(mkfifo(fifo, 0o600) == 0)
        let reader = Task.detached { () -> Data in
            let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: fifo))
            defer { try? handle.close() }
            return handle.readDataToEndOfFile()
        }
        let output = try ExportOutput(path: fifo)
        #expect(!output.isAtomic)
        let writer = CSVExportWriter(output: output, excel: true)
        try writer.writeRow(["a", "b"])
        try writer.finish()
        let received = try await reader.value
        #expect(received == Data([0xEF, 0xBB, 0xBF] + Array("a,b\r\n".utf8)))
        var info = stat()
        #expect(lstat(fifo, &info) == 0)
        #expect((info.st_mode & S_IFMT) == S_IFIFO)
    }

    @Test("/dev/null is a device: written in place")
    func deviceWrittenDirectly() throws {
        let output = try ExportOutput(path: "/dev/null")
        #expect(!output.isAtomic)
        try output.write("ignored")
        try output.finish()
    }
}
