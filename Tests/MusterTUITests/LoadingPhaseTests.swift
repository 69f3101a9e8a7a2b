import MusterCore
import MusterTestSupport
import Synchronization
import TerminalUI
import Testing
@testable import MusterTUI

@Suite("The workspace is useful before the agency's standings are computed")
struct LoadingPhaseTests {
    @Test("the very first frame has the title, tabs, hints and every dashboard heading, computing")
    func firstFrame() {
        let client = FakeStore().client()
        let state = AppState(context: AppContext(client: client), size: Size(columns: 80, rows: 24))
        let screen = AppView.render(state, size: state.size).buffer.lines
        #expect(screen[0].contains("Muster · Riverton Police Department"))
        #expect(screen[1].contains("[1 Dashboard]"))
        #expect(screen[3].contains("Certification status · computing…"))
        #expect(screen[4].contains("… reading the agency"))
        #expect(screen.contains { $0.contains("Units · share certified") })
        #expect(screen.contains { $0.contains("Overdue, expired, failed or on leave") })
        #expect(screen[22].contains("Loading the agency…"))
        #expect(screen[23].contains("1–5 tabs"))
        #expect(state.initialEffects == [.loadRoster, .loadClasses])
    }

    @Test("with the roster in, the dashboard counts the officers and the officers table lists and searches them")
    func rosterPhase() async {
        var h = await Harness(holding: [.loadAgency])
        #expect(h.state.headcount == 11)
        #expect(h.state.agency.value?.hasStandings == false)
        #expect(h.screen[4].contains("… judging 11 officers"))
        #expect(h.screen[22].contains("Computing every officer's standing"))
        #expect(!h.screen[23].contains("lapsed officers"))

        await h.press(.character("2"))
        #expect(h.state.officers.visible.count == 12)
        #expect(h.screen.contains { $0.contains("Saldaña, Zoë") && $0.contains("… computing") })
        await h.press(.character("/"))
        await h.type("nunez")
        #expect(h.state.officers.visible.map { h.state.agency.value!.snapshot.officers[$0].badge } == ["A-1004"])
        await h.press(.enter, .character("s"))
        #expect(h.state.status == .error("The standings are still being computed; try again in a moment"))
        #expect(h.state.officers.statusFilter == .all)
    }

    @Test("when the standings arrive they fill in, and the selected officer stays selected")
    func standingsArrive() async {
        var h = await Harness(holding: [.loadAgency])
        await h.press(.character("2"), .character("o"), .character("o"), .character("o"))  // sort by status
        #expect(h.state.officers.sort == .status)
        await h.press(.down, .down, .down)
        let chosen = h.state.officers.selectedIndex.map { h.state.agency.value!.snapshot.officers[$0].badge }
        await h.release()
        #expect(h.state.agency.value?.hasStandings == true)
        #expect(h.state.officers.selectedIndex.map { h.state.agency.value!.snapshot.officers[$0].badge } == chosen)
        // Sorted by status now that there is one: the lapsed first.
        let first = h.state.officers.visible.first.map { h.state.agency.value!.snapshot.officers[$0] }
        #expect(first?.standing == .lapsed)
        await h.press(.character("1"))
        #expect(h.screen[3].contains("Certification status · 11 serving"))
    }

    @Test("a roster never replaces an agency already shown, and the snapshot load follows every roster")
    func lateRoster() async {
        var h = await Harness()
        let generation = h.state.agency.value?.generation
        let next = h.sendHoldingEffects(.rosterLoaded(LoadedAgency(roster: FixtureAgency.officers, asOf: FixtureAgency.asOf)))
        #expect(next.effects == [.loadAgency])
        #expect(h.state.agency.value?.generation == generation)
        #expect(h.state.agency.value?.hasStandings == true)
    }

    @Test("the snapshot reuses the roster's index when the officers are the same, and rebuilds it when not")
    func indexReuse() {
        let officers = FixtureAgency.officers
        let roster = LoadedAgency(roster: officers, asOf: FixtureAgency.asOf)
        var builder = AgencySnapshotBuilder(curriculum: FixtureAgency.curriculum, asOf: FixtureAgency.asOf)
        for records in FixtureAgency.records { builder.add(records) }
        let snapshot = builder.build()
        func storage(_ loaded: LoadedAgency) -> UnsafeRawPointer? {
            loaded.index.nameOrder.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
        }
        let same = LoadedAgency(snapshot: snapshot, reusingIndexOf: roster)
        #expect(storage(same) == storage(roster))

        var renamed = snapshot
        renamed.officers[0].lastName = "Zuniga"
        let rebuilt = LoadedAgency(snapshot: renamed, reusingIndexOf: roster)
        #expect(storage(rebuilt) != storage(roster))
        #expect(rebuilt.index.filter(renamed.officers.indices, query: SearchText.key("zuniga")) { _ in true } == [0])
        #expect(Array(rebuilt.index.nameOrder.suffix(2)) == [0, 1])  // "zuniga", then 山田
    }

    @Test("without a cheap roster the snapshot still loads")
    func noRoster() async {
        let store = FakeStore()
        var client = store.client()
        client.loadOfficers = nil
        client.countOfficers = nil
        var state = AppState(context: AppContext(client: client), size: Size(columns: 80, rows: 24))
        let collected = Collected()
        await EffectRunner(client: client).run(.loadRoster) { collected.append($0) }
        #expect(collected.messages == [.rosterLoaded(nil)])
        #expect(AppUpdate.update(&state, .rosterLoaded(nil)).effects == [.loadAgency])
        #expect(state.agency == .loading)
    }

    @Test("a reload keeps the standings in view until the new ones are in, then reuses the officer index")
    func reload() async {
        var h = await Harness()
        func storage(_ state: AppState) -> UnsafeRawPointer? {
            state.agency.value?.index.nameOrder.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
        }
        let before = storage(h.state)
        let generation = h.state.agency.value?.generation ?? 0
        let next = h.sendHoldingEffects(.key(.ctrl("r")))
        #expect(next.effects == [.loadAgency])
        #expect(h.state.agency.value?.hasStandings == true)
        await h.press(.ctrl("r"))
        #expect(h.state.agency.value?.generation == generation + 1)
        #expect(storage(h.state) == before)
    }

    @Test("the first frame is drawn while the snapshot is still being computed, and the list is usable meanwhile")
    func firstFrameBeforeSnapshot() async throws {
        let gate = Gate()
        let store = FakeStore()
        var client = store.client()
        let load = client.loadAgency
        client.loadAgency = {
            while !gate.isOpen { try await Task.sleep(for: .milliseconds(1)) }
            return try await load()
        }
        let terminal = TestTerminal(size: Size(columns: 100, rows: 30), script: [
            .waitUntil("the computing dashboard") { $0.lines.contains { $0.contains("Certification status · computing…") } },
            .key(.character("2")), .key(.character("/")),
        ] + TestTerminal.Step.type("saldaña") + [
            .waitUntil("the match, standing unknown") { $0.lines.contains { $0.contains("Saldaña, Zoë") && $0.contains("… computing") } },
            .waitUntil("the standings, once released") { terminal in
                gate.open()
                return terminal.lines.contains { $0.contains("Saldaña, Zoë") && $0.contains("✗ lapsed") }
            },
            .key(.escape), .key(.character("q")),
        ])
        let signal = try await MusterApp.run(on: terminal, client: client)
        #expect(signal == nil)
    }
}

/// Holds a load back until the test opens it.
final class Gate: Sendable {
    private let state = Mutex(false)
    var isOpen: Bool { state.withLock { $0 } }
    func open() { state.withLock { $0 = true } }
}
