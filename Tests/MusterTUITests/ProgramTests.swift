import MusterCore
import MusterTestSupport
import TerminalUI
import Testing
@testable import MusterTUI

@Suite("The app runs headless through Program and a TestTerminal")
struct ProgramTests {
    @Test("open, search an officer, record a completion, see the status change, resize, quit")
    func endToEnd() async throws {
        let store = FakeStore()
        let client = store.client()
        let terminal = TestTerminal(size: Size(columns: 100, rows: 30), script: [
            .waitUntil("the dashboard") { $0.lines.contains { $0.contains("Certification status · 11 serving") } },
            .key(.character("2")), .key(.character("/")),
        ] + TestTerminal.Step.type("A-1003") + [
            .key(.enter), .key(.enter),
            .waitUntil("Saldaña's record") { $0.lines.contains { $0.contains("Medical aid after force") } },
            .key(.down), .key(.down), .key(.down),
            .key(.character("r")),
            .waitUntil("the record form") { $0.lines.contains { $0.contains("Record a completion for A-1003") } },
            .key(.ctrl("s")),
            .waitUntil("the confirmation") { $0.lines.contains { $0.contains("✓ Recorded completion #38") } },
            .waitUntil("medical aid current") { terminal in
                terminal.lines.contains { $0.contains("Medical aid after force") && $0.contains("✓ current") }
            },
            .resize(Size(columns: 80, rows: 24)),
            .waitUntil("the smaller layout") { $0.lines.count == 24 && $0.lines[0].count == 80 },
            .key(.escape),
            .waitUntil("the officers list") { $0.lines.contains { $0.contains("Saldaña, Zoë") && $0.contains("✓ certified") } },
            .key(.character("q")),
        ])
        let signal = try await MusterApp.run(on: terminal, client: client)
        #expect(signal == nil)
        #expect(store.performed.count == 1)
        #expect(terminal.fullRedrawCount == 2)  // the first frame and the resize
    }

    @Test("moving one row redraws only the cells that changed")
    func onlyChangedCells() async throws {
        let terminal = TestTerminal(size: Size(columns: 80, rows: 24), script: [
            .key(.character("2")),
            .waitUntil("the officers with their standings") { terminal in
                terminal.lines.contains { $0.contains("Brown, Sam") } && !terminal.lines.contains { $0.contains("… computing") }
            },
            .key(.down),
            .waitUntil("row 2 selected") { $0.lines.contains { $0.hasPrefix(" ▶ A-1011") } },
            .key(.character("q")),
        ])
        _ = try await MusterApp.run(on: terminal, client: FakeStore().client())
        let last = try #require(terminal.cellsWrittenPerFrame.last)
        #expect(last > 0 && last < 200)
    }

    @Test("an interrupt ends the run and reports the signal")
    func interrupt() async throws {
        let terminal = TestTerminal(size: Size(columns: 80, rows: 24), script: [.event(.interrupt(signal: 15))])
        let signal = try await MusterApp.run(on: terminal, client: FakeStore().client())
        #expect(signal == 15)
    }
}

@Suite("100,000 officers stay fast")
struct LargeAgencyTests {
    static let snapshot: AgencySnapshot = {
        let units = ["Patrol", "Traffic", "Investigations", "K-9"]
        let statuses: [OfficerCompliance] = Array(OfficerCompliance.allCases)
        let rows = (0..<100_000).map { number in
            AgencySnapshot.OfficerRow(
                badge: "B-\(100_000 + number)", lastName: number % 7 == 0 ? "山田" : "Officer\(number)", firstName: "Zoë",
                unit: units[number % units.count], officerStatus: .active, standing: statuses[number % statuses.count],
                nextExpiry: nil, overdueCount: 0, expiredCount: 0)
        }
        return AgencySnapshot(asOf: FixtureAgency.asOf, officers: rows)
    }()

    @Test("search, End and a frame of the officers table over 100,000 rows")
    func largeTable() async throws {
        var h = await Harness()
        await h.send(.agencyLoaded(.success(LoadedAgency(snapshot: Self.snapshot))))
        await h.press(.character("2"), .end)
        #expect(h.state.officers.table.selected == 99_999)
        let clock = ContinuousClock()
        let elapsed = clock.measure { _ = AppView.render(h.state, size: h.state.size) }
        #expect(elapsed < .milliseconds(200))
        #expect(h.screen.contains { $0.hasPrefix(" ▶ ") })
        await h.press(.character("/"))
        await h.type("b-199999")
        #expect(h.state.officers.visible.count == 1)
        await h.press(.escape, .character("s"), .down, .enter)
        // The first word of the cycle, which every tenth officer has.
        #expect(h.state.officers.visible.count == 100_000 / OfficerCompliance.allCases.count)
    }
}
