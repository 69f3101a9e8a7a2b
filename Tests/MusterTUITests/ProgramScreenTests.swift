import MusterCore
import MusterTestSupport
import TerminalUI
import Testing
@testable import MusterTUI

/// The dashboard with a program assigned, at every size: the programs panel and the overdue list both read in full
/// (under the month chart, beside the list, or by turns on a small terminal); and the assign form taking a program.
@Suite("Programs on the dashboard and in the assign form")
struct ProgramScreenTests {
    static let sizes = [Size(columns: 80, rows: 24), Size(columns: 100, rows: 30), Size(columns: 120, rows: 40),
                        Size(columns: 150, rows: 30), Size(columns: 160, rows: 45), Size(columns: 200, rows: 60)]

    @Test("the overdue list keeps its modules and the panel its dates and sums", arguments: sizes)
    func bothRead(size: Size) async throws {
        var h = await Harness(size: size, store: DashboardProgramsTests.store)
        let snapshot = try #require(h.state.agency.value?.standings)
        let atRisk = try #require(snapshot.atRisk.first)
        try #require(snapshot.overdue.count >= 2)
        let screen = h.screen.joined(separator: "\n")
        for item in snapshot.overdue {
            #expect(h.screen.contains { $0.contains(item.badge) && $0.contains(item.moduleID) }, "\(size): \(item.moduleID)\n\(screen)")
        }
        #expect(screen.contains("at risk") || screen.contains("At risk"), "\(screen)")
        let layout = DashboardLayout(snapshot, area: AppLayout(size: size).content, focus: .overdue)
        if layout.programs == nil {
            // By turns: the sum waits on the list's heading, and p puts the officers at risk in its place.
            #expect(screen.contains("at risk (p)"), "\(screen)")
            await h.press(.character("p"))
        }
        #expect(h.screen.contains { $0.contains(atRisk.badge) && $0.contains("by \(atRisk.cycleEnd)") }, "\(h.screen.joined(separator: "\n"))")
    }

    @Test("which place the panel takes", arguments: [
        (Size(columns: 80, rows: 24), DashboardLayout.ProgramsPlace.byTurns),
        (Size(columns: 120, rows: 40), .underChart),
        (Size(columns: 160, rows: 24), .besideOverdue),
        (Size(columns: 120, rows: 24), .byTurns),
    ])
    func place(size: Size, place: DashboardLayout.ProgramsPlace) async throws {
        let h = await Harness(size: size, store: DashboardProgramsTests.store)
        let snapshot = try #require(h.state.agency.value?.standings)
        #expect(DashboardLayout(snapshot, area: AppLayout(size: size).content, focus: .overdue).place == place)
        // Without a program, the dashboard is laid out as it always was.
        let plain = try #require(await Harness(size: size).state.agency.value?.standings)
        #expect(DashboardLayout(plain, area: AppLayout(size: size).content, focus: .overdue).place == .none)
    }

    @Test("screens with a program look as recorded", arguments: [
        ("dashboard-programs", Size(columns: 120, rows: 40), ""), ("dashboard-programs", Size(columns: 80, rows: 24), ""),
        ("dashboard-programs-at-risk", Size(columns: 80, rows: 24), "p"), ("dashboard-programs", Size(columns: 160, rows: 24), ""),
        ("assign-program-form", Size(columns: 80, rows: 24), "a"),
    ])
    func screen(name: String, size: Size, keys: String) async throws {
        var h = await Harness(size: size, store: DashboardProgramsTests.store)
        if keys == "a" {
            await openSaldaña(&h)
            await h.press(.character("a"))
            await h.type("fx-inservice")
            await h.press(.down, .right, .down, .down)
            await h.type("2027-01-01")
            await h.press(.down)
            await h.type("2027-02-01")
        } else {
            for key in keys { await h.press(.character(key)) }
        }
        try ScreenSnapshot.assertMatches(h.frame, named: name)
    }

    @Test("the assign form assigns a program to the unit from a day, refusing a due date")
    func assignProgram() async throws {
        var h = await Harness(store: DashboardProgramsTests.store)
        await openSaldaña(&h)
        await h.press(.character("a"))
        await h.type("fx-inservice")
        await h.press(.down, .right, .down, .down)
        await h.type("2027-01-01")
        await h.press(.down)
        await h.type("2027-02-01")
        var next = h.sendHoldingEffects(.key(.ctrl("s")))
        #expect(next.effects.isEmpty)
        #expect(h.state.status == .error("A program has no due date: its cycles set what is owed"))
        await h.press(.ctrl("u"))
        next = h.sendHoldingEffects(.key(.ctrl("s")))
        let request = ProgramAssignmentRequest(programID: "fx-inservice", assignee: .unit("Patrol"), from: CalendarDate(iso: "2027-01-01"))
        #expect(next.effects == [.perform(.assignProgram(request))])
        await h.send(.actionFinished(.assignProgram(request), .success(.programAssigned(id: 3))))
        #expect(h.state.status?.text == "Program assignment P3: fx-inservice to unit Patrol, from 2027-01-01.")
    }

    @Test("to the officer, with no day: from the day it is made")
    func assignProgramToOfficer() async throws {
        var h = await Harness(store: DashboardProgramsTests.store)
        await openSaldaña(&h)
        await h.press(.character("a"))
        await h.type("fx-inservice")
        let next = h.sendHoldingEffects(.key(.ctrl("s")))
        #expect(next.effects == [.perform(.assignProgram(ProgramAssignmentRequest(programID: "fx-inservice",
                                                                                   assignee: .officer(badge: "A-1003"))))])
    }

    private func openSaldaña(_ h: inout Harness) async {
        await h.press(.character("2"), .character("/"))
        await h.type("A-1003")
        await h.press(.enter, .enter)
    }
}
