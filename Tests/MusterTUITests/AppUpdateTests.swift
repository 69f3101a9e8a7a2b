import MusterCore
import MusterTestSupport
import TerminalUI
import Testing
@testable import MusterTUI

@Suite("Keys drive the app through update")
struct AppUpdateTests {
    @Test("the app opens on the dashboard and loads the agency")
    func opensOnDashboard() async {
        let h = await Harness()
        #expect(h.state.tab == .dashboard)
        // The initial roster load is run by init, not recorded; the snapshot load it chains to is.
        #expect(h.effects == [.loadAgency])
        #expect(h.state.agency.value?.snapshot.officers.count == FixtureAgency.officers.count)
        #expect(h.state.agency.value?.hasStandings == true)
    }

    @Test("digits, Tab and Shift-Tab switch tabs in order", arguments: [
        ([Key.character("3")], Tab.modules), ([.tab], .officers), ([.tab, .tab, .tab, .tab, .tab], .dashboard),
        ([.backTab], .exports), ([.character("5"), .character("1")], .dashboard),
    ])
    func switchTabs(keys: [Key], expected: Tab) async {
        var h = await Harness()
        for key in keys { await h.press(key) }
        #expect(h.state.tab == expected)
    }

    @Test("search narrows the table as you type, and Esc clears it")
    func searchNarrows() async {
        var h = await Harness()
        await h.press(.character("2"), .character("/"))
        #expect(h.state.officers.visible.count == 12)
        await h.type("山田")
        let badges = h.state.officers.visible.map { h.state.agency.value?.snapshot.officers[$0].badge }
        #expect(badges == ["A-1002"])
        await h.press(.backspace, .backspace)
        #expect(h.state.officers.visible.count == 12)
        await h.type("a-100")
        #expect(h.state.officers.visible.count == 9)
        await h.press(.escape)
        #expect(!h.state.officers.isSearching)
        #expect(h.state.officers.search.query.isEmpty)
        #expect(h.state.officers.visible.count == 12)
    }

    @Test("search ignores case and accents: nunez finds Ñúñez, zoe saldana finds Saldaña")
    func searchFoldsAccents() async {
        var h = await Harness()
        await h.press(.character("2"), .character("/"))
        await h.type("nunez")
        #expect(h.state.officers.visible.map { h.state.agency.value?.snapshot.officers[$0].badge } == ["A-1004"])
        await h.press(.ctrl("u"))
        await h.type("zoe saldana")
        #expect(h.state.officers.visible.map { h.state.agency.value?.snapshot.officers[$0].badge } == ["A-1003"])
    }

    @Test("typing in search never triggers the officers keys (s, u, o stay text)")
    func searchTakesLetters() async {
        var h = await Harness()
        await h.press(.character("2"), .character("/"))
        await h.type("sou")
        #expect(h.state.officers.search.query == "sou")
        #expect(h.state.officers.statusFilter == .all)
        #expect(h.state.officers.sort == .name)
    }

    @Test("Enter opens the selected officer and loads their record")
    func enterOpensOfficer() async {
        var h = await Harness()
        await h.press(.character("2"), .character("/"))
        await h.type("Zoë")
        await h.press(.enter)
        let next = h.sendHoldingEffects(.key(.enter))
        #expect(next.effects == [.loadOfficer("A-1003")])
        #expect(h.state.detail?.badge == "A-1003")
        #expect(h.state.detail?.detail == .loading)
        await h.send(.officerLoaded(badge: "A-1003", .success(OfficerDetail(
            records: FixtureAgency.records[2], curriculum: FixtureAgency.curriculum, asOf: FixtureAgency.asOf))))
        #expect(h.state.detail?.detail.value?.officer.lastName == "Saldaña")
        await h.press(.escape)
        #expect(h.state.detail == nil)
    }

    @Test("filters are chosen from pickers of units and statuses; sort cycles columns")
    func filtersAndSort() async {
        var h = await Harness()
        await h.press(.character("2"), .character("u"), .down, .enter)
        #expect(h.state.officers.unitFilter == "Investigations")
        #expect(h.state.officers.visible.count == 2)
        await h.press(.character("x"), .character("s"), .down, .down, .enter)
        #expect(h.state.officers.statusFilter == .standing(.lapsed))
        // O'Brien's records lapsed too, but he had left by the as-of day: "not serving", never "lapsed".
        let lapsed = h.state.officers.visible.compactMap { h.state.agency.value?.snapshot.officers[$0].badge }
        #expect(lapsed == ["A-1007", "A-1003"])
        await h.press(.character("x"), .character("o"))
        #expect(h.state.officers.sort == .badge)
        #expect(h.state.officers.visible.first.flatMap { h.state.agency.value?.snapshot.officers[$0].badge } == "A-1001")
    }

    @Test("each sort orders every officer by its column, then by name", arguments: OfficersState.Sort.allCases)
    func sortOrders(sort: OfficersState.Sort) async throws {
        var h = await Harness()
        await h.press(.character("2"))
        for _ in OfficersState.Sort.allCases where h.state.officers.sort != sort { await h.press(.character("o")) }
        #expect(h.state.officers.sort == sort)
        let data = try #require(h.state.agency.value)
        let rows = data.snapshot.officers
        let key: (Int) -> Int = switch sort {
        case .name: { _ in 0 }
        case .badge: { Int(data.index.badgeRank[$0]) }
        case .unit: { Int(data.index.unitRank[$0]) }
        case .status: { rows[$0].standing.severity }
        case .expiry: { rows[$0].nextExpiry?.dayNumber ?? Int.max }
        }
        let expected = rows.indices.sorted { (key($0), data.index.nameRank[$0]) < (key($1), data.index.nameRank[$1]) }
        #expect(h.state.officers.order == expected)
        #expect(Set(rows.indices.map(key)).count > 1 || sort == .name)
    }

    @Test("the dashboard's l lists the lapsed officers")
    func dashboardToLapsed() async {
        var h = await Harness()
        await h.press(.character("l"))
        #expect(h.state.tab == .officers)
        #expect(h.state.officers.statusFilter == .standing(.lapsed))
    }

    @Test("PgDn, End and Home move through the list")
    func paging() async {
        var h = await Harness()
        await h.press(.character("2"), .end)
        #expect(h.state.officers.table.selected == 11)
        await h.press(.home)
        #expect(h.state.officers.table.selected == 0)
        await h.press(.pageDown)
        #expect(h.state.officers.table.selected == 11)
        await h.press(.character("k"))
        #expect(h.state.officers.table.selected == 10)
    }

    @Test("clicking a tab switches to it; clicking an officer selects, clicking again opens")
    func mouse() async {
        var h = await Harness()
        await h.send(.clicked(Position(column: 16, row: 1)))
        #expect(h.state.tab == .officers)
        await h.send(.clicked(Position(column: 20, row: 8)))  // the third officer row
        #expect(h.state.officers.table.selected == 2)
        await h.send(.clicked(Position(column: 20, row: 8)))
        #expect(h.state.detail?.badge == "A-1008")
    }

    @Test("resizing below 80×24 shows the enlarge message, and growing again restores the screen")
    func resize() async {
        var h = await Harness()
        await h.send(.resized(Size(columns: 70, rows: 20)))
        #expect(h.screen.contains { $0.contains("Terminal too small: 70×20") })
        await h.send(.resized(Size(columns: 100, rows: 30)))
        #expect(h.screen.count == 30)
        #expect(h.screen[1].contains("[1 Dashboard]"))
    }

    @Test("a failed agency load says so on the status line")
    func loadFailure() async {
        var h = await Harness()
        await h.send(.agencyLoaded(.failure(Failure("database is locked"))))
        #expect(h.screen[22].contains("✗ Could not load the agency: database is locked"))
    }
}

@Suite("One keymap drives dispatch, hints and help")
struct KeymapTests {
    @Test("no two bindings in one context share a key")
    func noConflicts() {
        for context in KeyContext.allCases {
            var seen: [Key: ActionID] = [:]
            for binding in Keymap.bindings where binding.context == context {
                for key in binding.keys {
                    #expect(seen[key] == nil, "\(key) is bound to both \(seen[key]?.rawValue ?? "") and \(binding.id.rawValue)")
                    seen[key] = binding.id
                }
            }
        }
    }

    @Test("every action id has exactly one binding")
    func everyActionBound() {
        for id in ActionID.allCases {
            #expect(Keymap.bindings.count { $0.id == id } == 1, "\(id.rawValue)")
        }
    }

    @Test("the help overlay lists every key of the current screen, including unavailable ones with the reason")
    func helpMatchesKeymap() async {
        var h = await Harness(access: AccessPolicy(login: "audit", roles: [.auditor], ownBadge: nil))
        await h.press(.character("2"), .enter, .character("?"))
        let entries = Keymap.helpGroups(for: h.state).flatMap(\.entries)
        let detailBindings = Keymap.bindings.filter { [.detail, .list, .global].contains($0.context) }
        #expect(entries.count == detailBindings.count)
        #expect(entries.contains { $0.label.hasPrefix("Record a completion for this officer — unavailable: login 'audit' may not") })
    }

    @Test("the Markdown key table lists every binding")
    func markdown() {
        let lines = MusterApp.keymapMarkdown.split(separator: "\n")
        #expect(lines.count == Keymap.bindings.count + 2)
        #expect(lines.contains("| Officer | `r` | Record a completion for this officer | `officer.record` |"))
    }

    @Test("the screens' binding lists join into the key table `muster keys` prints, row for row")
    func markdownUnchanged() throws {
        let file = ScreenSnapshot.directory.appending(path: "keymap.md")
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(MusterApp.keymapMarkdown == expected)
    }
}
