import MusterCore
import MusterTestSupport
import TerminalUI
import Testing
@testable import MusterTUI

/// The screens issue 21 added, against their checked-in expected screens (`RECORD_SCREENS=1` records them).
@Suite("Workspace screens match the checked-in expected screens")
struct WorkspaceScreenTests {
    @Test("an empty database opens on the first-run steps", arguments: [Size(columns: 80, rows: 24), Size(columns: 120, rows: 40)])
    func firstRun(size: Size) async throws {
        let h = await Harness(size: size, store: FakeStore(officers: []))
        try ScreenSnapshot.assertMatches(h.frame, named: "first-run")
    }

    @Test("the unit picker over the officers table, narrowed by typing")
    func unitPicker() async throws {
        var h = await Harness()
        await h.press(.character("2"), .character("u"))
        await h.type("t")
        try ScreenSnapshot.assertMatches(h.frame, named: "unit-picker")
    }

    @Test("the waiver picker and the question before a waiver ends")
    func endWaiver() async throws {
        var h = await Harness()
        await h.press(.character("2"), .character("/"))
        await h.type("lindqvist")
        await h.press(.enter, .enter, .character("W"))
        try ScreenSnapshot.assertMatches(h.frame, named: "waiver-picker")
        await h.press(.enter)
        try ScreenSnapshot.assertMatches(h.frame, named: "end-waiver")
    }

    @Test("the dashboard's overdue list, searched")
    func dashboardSearch() async throws {
        var h = await Harness(size: Size(columns: 120, rows: 40))
        await h.press(.character("/"))
        await h.type("brown")
        await h.press(.down)
        try ScreenSnapshot.assertMatches(h.frame, named: "dashboard-search")
    }

    @Test("the dashboard's units list entered: the selected unit marked, the overdue list's marker gone")
    func dashboardUnits() async throws {
        var h = await Harness()
        await h.press(.character("u"), .down)
        try ScreenSnapshot.assertMatches(h.frame, named: "dashboard-units")
    }
}
