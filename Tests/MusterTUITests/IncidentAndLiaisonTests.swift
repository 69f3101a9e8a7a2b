import MusterCore
import MusterTestSupport
import TerminalUI
import Testing
@testable import MusterTUI

/// The council's flows in the workspace: an incident recorded from an officer's record, and a partner agency's
/// liaison, who reads its officers but opens neither classes nor exports and writes nothing.
@Suite("Incidents from an officer's record; a liaison's workspace")
struct IncidentAndLiaisonTests {
    @Test("i on an officer opens the incident form; it submits the incident it shows")
    func incidentForm() async throws {
        var h = await Harness()
        await h.press(.character("2"), .character("/"))
        await h.type("A-1003")
        await h.press(.enter, .enter, .character("i"))
        let form = try #require(h.state.form)
        #expect(form.kind == .incident(badge: "A-1003"))
        // Kind has focus: Space moves to the next kind.
        await h.press(.character(" "), .tab, .ctrl("u"))
        await h.type("2026-11-20")
        await h.press(.tab)
        await h.type("Missed the probe spread")
        let next = h.sendHoldingEffects(.key(.ctrl("s")))
        #expect(next.effects == [.perform(.recordIncident(IncidentRequest(
            badge: "A-1003", occurredOn: CalendarDate(iso: "2026-11-20")!, kind: .failedQualification,
            note: "Missed the probe spread")))])
    }

    @Test("the incident form refuses a day in the future")
    func incidentInFuture() async throws {
        var h = await Harness()
        await h.press(.character("2"), .character("/"))
        await h.type("A-1003")
        await h.press(.enter, .enter, .character("i"), .tab, .ctrl("u"))
        await h.type("2026-12-01")
        #expect(h.sendHoldingEffects(.key(.ctrl("s"))).effects.isEmpty)
        #expect(h.state.status == .error("Happened on 2026-12-01 is in the future; today is 2026-11-23"))
    }

    @Test("an instructor may not record an incident: the key says why")
    func instructorRefused() async throws {
        var h = await Harness(access: AccessPolicy(login: "inst", roles: [.instructor], ownBadge: nil))
        await h.press(.character("2"), .enter, .character("i"))
        #expect(h.state.modal == nil)
        #expect(h.state.status?.text.contains("may not record incidents") == true)
    }

    @Test("a liaison's workspace opens; classes and exports say why not, Tab rounds past them, writes are refused")
    func liaison() async throws {
        let access = AccessPolicy(login: "lecc", roles: [.liaison], ownBadge: nil, liaisonAgency: "lecc-east")
        var h = await Harness(access: access)
        #expect(h.state.context.officerBadge == nil)
        #expect(h.screen.first?.contains("lecc (liaison of lecc-east)") == true)
        await h.press(.character("4"))
        #expect(h.state.tab == .dashboard)
        #expect(h.state.status?.text.hasPrefix("Classes belong to the home agency") == true)
        await h.press(.character("3"), .tab)
        #expect(h.state.tab == .dashboard)
        await h.press(.backTab)
        #expect(h.state.tab == .modules)
        await h.press(.character("2"), .enter, .character("r"))
        #expect(h.state.modal == nil)
        #expect(h.state.status?.text.contains("may not record completions") == true)
    }
}
