import MusterCore
import MusterTestSupport
import TerminalUI
import Testing
@testable import MusterTUI

@Suite("Classes record a whole roster; Exports preview and write")
struct ClassesAndExportsTests {
    /// Classes tab with module, instructor and location filled in, the attendees field focused.
    private func classDraft(module: String = "uof-medical-aid") async -> Harness {
        var h = await Harness()
        await h.press(.character("4"), .enter)
        await h.type(module)
        await h.press(.down, .down, .down, .down, .down)
        await h.type("Sgt. Alvarez")
        await h.press(.down)
        await h.type("Range B")
        await h.press(.down, .down)
        return h
    }

    @Test("typed badges are checked as you type: unknown and duplicate badges are flagged")
    func rosterFlags() async throws {
        var h = await classDraft()
        await h.type("A-1003:92 A-9999 A-1003")
        let form = h.state.classes.form
        let lines = RosterLine.parse(try #require(form[.attendees]).value, context: h.state.validationContext(for: form),
                                     moduleID: "uof-medical-aid")
        #expect(lines.map(\.problem) == [nil, "unknown badge", "listed twice"])
        #expect(lines[0].score == 92)
        #expect(h.screen.contains { $0.contains("✗ A-9999   unknown badge") })
        #expect(h.screen.contains { $0.contains("✗ A-1003   listed twice") })
        let next = h.sendHoldingEffects(.key(.ctrl("s")))
        #expect(next.effects.isEmpty)
        #expect(h.state.status?.text == "A-9999: unknown badge (and 1 more)")
    }

    @Test("a score below the pass mark records a fail; Ctrl-S records the roster in one step")
    func recordsRoster() async throws {
        var h = await classDraft(module: "uof-reporting")
        await h.type("A-1005:65 A-1004:fail, A-1012")
        let next = h.sendHoldingEffects(.key(.ctrl("s")))
        func entry(_ badge: String, _ result: Completion.Result, score: Int? = nil) -> CompletionRequest {
            CompletionRequest(badge: badge, moduleID: "uof-reporting", completedOn: FixtureAgency.asOf, result: result, score: score,
                              hours: 2, instructor: "Sgt. Alvarez")
        }
        let expected = RosterRequest(
            entries: [entry("A-1005", .fail, score: 65), entry("A-1004", .fail), entry("A-1012", .pass)],
            session: SessionRequest(moduleID: "uof-reporting", heldOn: FixtureAgency.asOf, instructor: "Sgt. Alvarez",
                                    location: "Range B"))
        #expect(next.effects == [.perform(.recordRoster(expected))])
        await h.send(.actionFinished(.recordRoster(expected), .success(.rosterRecorded(RosterSummary(
            newIDs: [38, 39, 40], duplicates: 1, sessionID: 7)))))
        #expect(h.state.classes.form[.attendees]?.value == "")
        #expect(h.state.classes.lastRecorded == "Recorded class #7: 3 completion(s), 1 already on record.")
        #expect(h.state.unsavedInput == nil)
    }

    /// Keys typed into the class form from its Module field, and the Hours they should leave.
    static let hourCases: [(keys: [Key], hours: String)] = [
        ("uof-medical-aid".map { Key.character($0) }, "4"),
        ("uof-bwc".map { Key.character($0) }, "1"),
        // A different module: Hours follow it while nobody typed their own.
        ("uof-bwc".map { Key.character($0) } + [.ctrl("u")] + "uof-deescalation".map { Key.character($0) }, "8"),
        // Hours the coordinator typed stay when the module changes.
        ("uof-bwc".map { Key.character($0) } + [.down, .down, .down, .down, .ctrl("u"), .character("3"), .up, .up, .up, .up, .ctrl("u")]
            + "uof-medical-aid".map { Key.character($0) }, "3"),
        // Hours the coordinator cleared stay cleared.
        ("uof-bwc".map { Key.character($0) } + [.down, .down, .down, .down, .ctrl("u"), .up, .up, .up, .up, .character("x")], ""),
        ("no-such-module".map { Key.character($0) }, ""),
    ]

    @Test("the class form fills Hours from the module, as the record form does", arguments: hourCases)
    func hoursFromModule(keys: [Key], hours: String) async {
        var h = await Harness()
        await h.press(.character("4"), .enter)
        for key in keys { await h.press(key) }
        #expect(h.state.classes.form[.hours]?.value == hours)
    }

    @Test("d adds everyone assigned and due for the module, unmarked; u adds a unit; nobody twice")
    func addAttendees() async throws {
        var h = await classDraft()
        await h.press(.escape, .character("d"))
        // Medical aid: Saldaña expired, Ñúñez and Okafor never took it; the rest are current or waived.
        let due = try #require(h.state.classes.form[.attendees]).value.split(separator: " ").map(String.init).sorted()
        #expect(due == ["A-1003:?", "A-1004:?", "A-1005:?"])
        await h.press(.character("d"))
        #expect(h.state.status == .info("Everyone assigned and due for uof-medical-aid is already on the roster"))
        await h.press(.up, .character("u"))  // Unit to add: Investigations (the first unit)
        let all = try #require(h.state.classes.form[.attendees]).value.split(separator: " ").map(String.init)
        #expect(all.sorted() == ["A-1003:?", "A-1004:?", "A-1005:?", "A-1007", "A-1008"])
    }

    @Test("/ finds an officer by name and Enter signs them in")
    func findAttendee() async throws {
        var h = await classDraft()
        await h.press(.escape, .character("/"))
        await h.type("ñúñ")
        #expect(h.state.classes.searchResults.count == 1)
        await h.press(.enter)
        #expect(h.state.classes.form[.attendees]?.value == "A-1004")
        await h.press(.backspace, .backspace, .backspace)
        await h.type("a-10")
        #expect(h.state.classes.searchResults.count == 11)  // O'Brien is separated
        await h.press(.down, .enter, .escape)
        #expect(h.state.classes.search == nil)
        #expect(h.state.classes.form[.attendees]?.value == "A-1004 A-1002")
    }

    @Test("leaving the export form previews the first rows; w writes with progress and says where")
    func exportFlow() async throws {
        var h = await Harness()
        await h.press(.character("5"), .enter)
        await h.type("uof-bwc")
        let next = h.sendHoldingEffects(.key(.escape))
        let request = ExportRequest(kind: .roster, moduleID: "uof-bwc", format: .csv, excelCompatible: false,
                                    outputPath: "muster-2026-11-23.csv")
        #expect(next.effects == [.previewExport(request)])
        await h.send(.exportPreviewed(request, .success(ExportPreview(header: ["badge"], rows: [["A-1008"]], totalRows: 1))))
        #expect(h.state.exports.preview == .loaded(ExportPreview(header: ["badge"], rows: [["A-1008"]], totalRows: 1)))
        await h.press(.character("w"))
        #expect(h.state.exports.result == ExportResult(path: "/exports/muster-2026-11-23.csv", rowCount: 2))
        #expect(h.state.exports.progress == ExportProgress(rowsWritten: 2, totalRows: 2))
        #expect(h.state.status == .success("Wrote 2 rows to /exports/muster-2026-11-23.csv"))
        #expect(h.screen.contains { $0.contains("✓ Wrote 2 rows to") })
    }

    @Test("an export while writing shows a progress bar with the row counts")
    func exportProgress() async {
        var h = await Harness()
        await h.press(.character("5"))
        _ = h.sendHoldingEffects(.key(.character("w")))
        await h.send(.exportProgressed(ExportProgress(rowsWritten: 5_000, totalRows: 20_000)))
        #expect(h.state.exports.isWriting)
        #expect(h.screen.contains { $0.contains("Writing") && $0.contains("5,000 of 20,000 rows") })
    }

    @Test("choosing JSON renames the output file to .json")
    func formatRenamesOutput() async {
        var h = await Harness()
        await h.press(.character("5"), .down, .down, .down, .down, .enter, .right)
        #expect(h.state.exports.form[.format]?.value == "json")
        #expect(h.state.exports.form[.output]?.value == "muster-2026-11-23.json")
    }

    @Test("export fields are checked: an unknown unit and a reversed range")
    func exportValidation() async throws {
        var h = await Harness()
        await h.press(.character("5"))
        var form = h.state.exports.form
        form.set(.unit, "Narcotics")
        form.set(.from, "2026-06-01")
        form.set(.to, "2026-01-01")
        let messages = FormValidation.messages(for: form, in: h.state.validationContext(for: form), includeEmptyRequired: true)
        #expect(messages[.unit] == "No officer is in unit 'Narcotics'; units: Investigations, K-9, Patrol, Traffic")
        #expect(messages[.to] == "To 2026-01-01 is before From 2026-06-01")
    }

    @Test("an export onto an existing file asks first: y writes it again replacing the file, n writes nothing")
    func exportAsksBeforeReplacing() async throws {
        for answer in ["y", "n"] {
            var h = await Harness()
            await h.press(.character("5"))
            _ = h.sendHoldingEffects(.key(.character("w")))
            let request = try #require(h.state.exports.writing)
            #expect(!request.replaceExisting)
            await h.send(.exportFinished(.failure(Failure(ExportFileExists(path: request.outputPath)))))
            #expect(h.state.modal == .confirmReplace(request))
            #expect(h.screen.contains { $0.contains("Replace the file?") })
            #expect(h.screen.contains { $0.contains("\(request.outputPath) already exists.") })
            let next = h.sendHoldingEffects(.key(.character(Character(answer))))
            #expect(h.state.modal == nil)
            if answer == "y" {
                var replacing = request
                replacing.replaceExisting = true
                #expect(next.effects == [.export(replacing)])
                #expect(h.state.exports.isWriting)
            } else {
                #expect(next.effects.isEmpty)
                #expect(!h.state.exports.isWriting)
                #expect(h.state.status == .error("Nothing written: '\(request.outputPath)' kept as it was"))
            }
        }
    }

}
