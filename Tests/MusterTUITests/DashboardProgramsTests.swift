import MusterCore
import MusterTestSupport
import TerminalUI
import Testing
@testable import MusterTUI

/// The dashboard's programs panel: the agency's shortfall per program and the officers at risk, Enter opening one.
@Suite("The dashboard's programs panel")
struct DashboardProgramsTests {
    /// A calendar-year program of 16 hours for Patrol: the fixture's as-of date (2026-11-23) is within 90 days of
    /// the cycle's end, so whoever is short is at risk.
    static let store: FakeStore = {
        let program = Program(id: "fx-inservice", title: "Fixture in-service", jurisdiction: "FX",
                              version: ModuleVersion("1")!, effective: CalendarDate(year: 2020, month: 1, day: 1)!,
                              cycle: .calendarYear, hours: 16)
        let curriculum = Curriculum(modules: FixtureAgency.curriculum.moduleVersions, programs: [program])
        // From this cycle's first day: no earlier cycle in scope, so nobody is deficient and the short are at risk.
        let from = CalendarDate(year: 2026, month: 1, day: 1)!
        let assignment = ProgramAssignment(id: 1, programID: program.id, assignee: .unit("Patrol"), assignedOn: from, from: from)
        return FakeStore(programs: (curriculum, ProgramRecords(assignments: [assignment])))
    }()

    @Test("the panel counts each status and the hours short; p then Enter opens the first officer at risk")
    func countsAndOpen() async throws {
        let store = Self.store
        let standings = store.officerRecords().flatMap(store.programStandings)
        let atRisk = standings.filter { $0.status == .atRisk }
        try #require(!atRisk.isEmpty && standings.count > atRisk.count)
        let count = { (status: ProgramStatus) in standings.count { $0.status == status } }
        let short = Int(standings.reduce(0) { $0 + $1.hoursShort })

        var h = await Harness(size: Size(columns: 120, rows: 40), store: store)
        let screen = h.screen.joined(separator: "\n")
        #expect(screen.contains("Programs · \(short) h short this cycle"))
        #expect(screen.contains("fx-inservice \(standings.count) in scope  ✓\(count(.complete)) ⚠\(count(.atRisk)) "
            + "✗\(count(.deficient)) …\(count(.inProgress))  \(short) h short"))
        #expect(screen.contains("At risk of ending short · \(atRisk.count)"))

        let first = try #require(h.state.agency.value?.standings?.atRisk.first)
        await h.press(.character("p"), .enter)
        #expect(h.state.tab == .officers)
        #expect(h.state.detail?.badge == first.badge)
        #expect(h.effects.contains(.loadOfficer(first.badge)))
    }

    @Test("a click selects an officer at risk, a second click opens them")
    func click() async throws {
        var h = await Harness(size: Size(columns: 120, rows: 40), store: Self.store)
        let officers = try #require(h.state.agency.value?.standings?.atRisk)
        try #require(!officers.isEmpty)
        let list = try #require(DashboardView.atRiskListArea(h.state, content: AppLayout(size: h.state.size).content))
        let index = officers.count > 1 ? 1 : 0
        let position = Position(column: list.x + 4, row: list.y + index)
        await h.send(.clicked(position))
        #expect(h.state.dashboard.focus == .atRisk && h.state.dashboard.atRisk.selected == index)
        #expect(h.screen[position.row].contains("▶ \(officers[index].badge)"))
        await h.send(.clicked(position))
        #expect(h.state.detail?.badge == officers[index].badge)
    }

    @Test("without a program assigned there is no panel and p is refused")
    func noPanel() async throws {
        var h = await Harness(size: Size(columns: 120, rows: 40))
        #expect(!h.screen.contains { $0.contains("Programs ·") })
        await h.press(.character("p"))
        #expect(h.state.dashboard.focus == .overdue)
    }
}
