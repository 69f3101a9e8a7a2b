import MusterCore
import MusterTestSupport
import TerminalUI
import Testing
@testable import MusterTUI

/// Another process's writes show without Ctrl-R: on each tick the app reads the database's version and
/// reloads when it grew. Ctrl-R reloads whatever has focus.
@Suite("The TUI follows other processes' writes")
struct ChangeFollowingTests {
    private static let medicalAid = RecordCommand.recordCompletion(CompletionRequest(
        badge: "A-1003", moduleID: "uof-medical-aid", completedOn: FixtureAgency.asOf, result: .pass, score: 90, hours: 4,
        instructor: "Another process"))

    private func openSaldaña(_ h: inout Harness) async {
        await h.press(.character("2"), .character("/"))
        await h.type("A-1003")
        await h.press(.enter, .enter)
    }

    private func medicalAidStatus(_ h: Harness) -> ModuleStatus? {
        h.state.detail?.detail.value?.modules.first { $0.moduleID == "uof-medical-aid" }?.status
    }

    @Test("a write elsewhere shows on the next tick: the agency and the open officer are read again")
    func reloadsOnChange() async throws {
        var h = await Harness(followsChanges: true)
        await openSaldaña(&h)
        #expect(medicalAidStatus(h) == .expired)
        let generation = h.state.agency.value?.generation
        try h.store.writeElsewhere(Self.medicalAid)
        h.effects = []
        await h.send(.tick)
        #expect(h.effects == [.readDatabaseVersion, .loadAgency, .loadOfficer("A-1003")])
        #expect(medicalAidStatus(h) == .current)
        #expect(h.state.agency.value?.generation == (generation ?? 0) + 1)
        #expect(h.state.agency.value?.officer(badge: "A-1003")?.standing == .certified)
        #expect(h.state.status == nil, "an automatic reload leaves the status line to the user's own actions")
    }

    @Test("ticks with no write in between read the version and nothing more")
    func quietWhenUnchanged() async {
        var h = await Harness(followsChanges: true)
        h.effects = []
        await h.send(.tick)
        await h.send(.tick)
        #expect(h.effects == [.readDatabaseVersion, .readDatabaseVersion])
    }

    @Test("the app's own write reloads once, not again on the next tick")
    func ownWriteReloadsOnce() async {
        var h = await Harness(followsChanges: true)
        await openSaldaña(&h)
        for _ in 0..<3 { await h.press(.down) }
        await h.press(.character("r"), .ctrl("s"))
        #expect(medicalAidStatus(h) == .current)
        h.effects = []
        await h.send(.tick)
        #expect(h.effects == [.readDatabaseVersion])
    }

    @Test("a reload the app started is let finish before another begins; an older version read late is ignored")
    func oneReloadAtATime() throws {
        var state = AppState(context: AppContext(client: FakeStore().client(followsChanges: true)), size: Size(columns: 80, rows: 24))
        _ = AppUpdate.update(&state, .databaseVersionSeen(5))
        #expect(AppUpdate.update(&state, .databaseVersionRead(6)).effects == [.loadRoster])
        #expect(AppUpdate.update(&state, .databaseVersionRead(7)).effects.isEmpty)
        _ = AppUpdate.update(&state, .agencyLoaded(.failure(Failure("gone"))))
        #expect(AppUpdate.update(&state, .databaseVersionRead(4)).effects.isEmpty)
        #expect(AppUpdate.update(&state, .databaseVersionRead(8)).effects == [.loadRoster])
    }

    @Test("Ctrl-R reloads whatever has focus", arguments: ["form", "search", "help"])
    func ctrlREverywhere(focus: String) async {
        var h = await Harness()
        switch focus {
        case "form":
            await openSaldaña(&h)
            await h.press(.character("r"))
            #expect(h.state.form != nil)
        case "search": await h.press(.character("2"), .character("/"))
        default: await h.press(.character("?"))
        }
        #expect(!Keymap.activeContexts(h.state).contains(.global), "\(focus) takes the keys itself")
        let next = h.sendHoldingEffects(.key(.ctrl("r")))
        #expect(next.effects.contains(.loadAgency), "\(focus): \(next.effects)")
    }

    @Test("help inside a form lists Ctrl-R among the keys that work everywhere")
    func helpListsCtrlR() async {
        var h = await Harness()
        await openSaldaña(&h)
        await h.press(.character("r"))
        let groups = Keymap.helpGroups(for: h.state)
        #expect(groups.last?.title == "Everywhere")
        #expect(groups.last?.entries.map(\.key) == ["Ctrl-R"])
    }
}
