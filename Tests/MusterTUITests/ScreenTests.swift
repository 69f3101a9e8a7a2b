import MusterCore
import MusterTestSupport
import TerminalUI
import Testing
@testable import MusterTUI

/// One screen to compare with its expected file: how to get there, and at which size.
struct ScreenCase: Sendable, CustomTestStringConvertible {
    enum Scene: String, Sendable {
        case dashboard, officers, officersSearch = "officers-search", officerDetail = "officer-detail"
        case officerHistory = "officer-history", recordForm = "record-form", voidForm = "void-form"
        case officerView = "officer-view", modules, certifications, coverage, classes, classesFind = "classes-find", exports, help
        case classesUpcoming = "classes-upcoming", classesConfirm = "classes-confirm"
        case quitConfirm = "quit-confirm"
        /// The roster is in, the standings are still being computed.
        case dashboardComputing = "dashboard-computing", officersComputing = "officers-computing"
        case tooSmall = "too-small"
        /// Every officer word and the v2 module words, on made-up status lines.
        case newWordsDashboard = "new-words-dashboard", newWordsOfficers = "new-words-officers"
        case newWordsDetail = "new-words-detail"
    }

    var scene: Scene
    var columns: Int
    var rows: Int

    init(_ scene: Scene, _ columns: Int = 80, _ rows: Int = 24) {
        self.scene = scene
        self.columns = columns
        self.rows = rows
    }

    var testDescription: String { "\(scene.rawValue) at \(columns)×\(rows)" }

    /// Plays the keys that lead to the scene.
    func harness() async -> Harness {
        let size = Size(columns: columns, rows: rows)
        switch scene {
        case .officerView:
            return await Harness(access: FixtureAgency.officerLogin, size: size)
        default:
            break
        }
        let computing = scene == .dashboardComputing || scene == .officersComputing
        var h = await Harness(size: size, holding: computing ? [.loadAgency] : [])
        switch scene {
        case .dashboard, .officerView, .tooSmall, .dashboardComputing:
            break
        case .officers, .officersComputing:
            await h.press(.character("2"))
        case .officersSearch:
            await h.press(.character("2"), .character("/"))
            await h.type("s")
        case .officerDetail, .officerHistory, .recordForm, .voidForm:
            await h.press(.character("2"), .character("/"))
            await h.type("saldaña")
            await h.press(.enter, .enter)
            if scene == .officerHistory || scene == .voidForm { await h.press(.right, .down, .down) }
            if scene == .recordForm {
                await h.press(.down, .down, .down, .character("r"))
                await h.press(.ctrl("u"))
                await h.type("2026-12-01")
            }
            if scene == .voidForm { await h.press(.character("v")) }
        case .modules:
            await h.press(.character("3"), .down, .down)
        case .certifications:
            await h.press(.character("3"), .character("c"))
        case .coverage:
            await h.press(.character("3"), .character("p"), .down, .down)
        case .classes:
            await h.press(.character("4"), .enter)
            await h.type("uof-medical-aid")
            await h.press(.down, .down, .down, .down, .down)
            await h.type("Sgt. Alvarez")
            await h.press(.down)
            await h.type("Range B")
            await h.press(.down, .down)
            await h.type("A-1003:92 A-1002 A-9999 A-1003 A-1004:fail")
        case .classesUpcoming:
            await h.press(.character("4"))
        case .classesConfirm:
            await h.press(.character("4"), .enter, .down, .down, .down, .down, .down, .down, .down, .down)
            await h.type(ClassSchedulingTUITests.elevenBadges)
            await h.press(.escape, .character("x"))
        case .classesFind:
            await h.press(.character("4"), .character("/"))
            await h.type("a")
        case .exports:
            await h.press(.character("5"), .enter)
            await h.type("uof-deescalation")
            await h.press(.escape)
        case .help:
            await h.press(.character("2"), .character("?"))
        case .quitConfirm:
            await h.press(.character("4"), .enter)
            await h.type("uof-bwc")
            await h.press(.escape, .character("q"))
        case .newWordsDashboard, .newWordsOfficers, .newWordsDetail:
            await h.send(.agencyLoaded(.success(LoadedAgency(snapshot: NewWordsAgency.snapshot))))
            if scene != .newWordsDashboard { await h.press(.character("2"), .character("o"), .character("o"), .character("o")) }
            if scene == .newWordsDetail {
                await h.press(.character("/"))
                await h.type("ortiz")
                await h.press(.enter, .enter)
                await h.send(.officerLoaded(badge: "A-1001", .success(NewWordsAgency.ortizDetail)))
            }
        }
        return h
    }
}

@Suite("Screens match the checked-in expected screens")
struct ScreenTests {
    static let cases: [ScreenCase] = [
        ScreenCase(.dashboard), ScreenCase(.dashboard, 120, 40),
        ScreenCase(.officers), ScreenCase(.officers, 120, 40), ScreenCase(.officersSearch),
        ScreenCase(.officerDetail), ScreenCase(.officerDetail, 120, 40), ScreenCase(.officerHistory),
        ScreenCase(.recordForm), ScreenCase(.voidForm),
        ScreenCase(.officerView), ScreenCase(.officerView, 120, 40),
        ScreenCase(.modules), ScreenCase(.modules, 120, 40), ScreenCase(.certifications), ScreenCase(.coverage, 100, 30),
        ScreenCase(.classes), ScreenCase(.classes, 120, 40), ScreenCase(.classesFind), ScreenCase(.classesUpcoming, 120, 40),
        ScreenCase(.classesConfirm), ScreenCase(.exports), ScreenCase(.exports, 120, 40),
        ScreenCase(.help), ScreenCase(.quitConfirm), ScreenCase(.tooSmall, 60, 20),
        ScreenCase(.dashboardComputing), ScreenCase(.dashboardComputing, 120, 40), ScreenCase(.officersComputing, 120, 40),
        ScreenCase(.newWordsDashboard), ScreenCase(.newWordsDashboard, 120, 40), ScreenCase(.newWordsOfficers, 120, 40),
        ScreenCase(.newWordsDetail),
    ]

    @Test("screen looks as recorded", arguments: cases)
    func screen(_ screenCase: ScreenCase) async throws {
        let h = await screenCase.harness()
        try ScreenSnapshot.assertMatches(h.frame, named: screenCase.scene.rawValue)
    }
}
