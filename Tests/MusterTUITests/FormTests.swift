import MusterCore
import MusterTestSupport
import TerminalUI
import Testing
@testable import MusterTUI

/// Opens A-1003 Saldaña's record with the given requirement selected (0-based).
private func openSaldaña(_ h: inout Harness, requirement: Int = 3) async {
    await h.press(.character("2"), .character("/"))
    await h.type("A-1003")
    await h.press(.enter, .enter)
    for _ in 0..<requirement { await h.press(.down) }
}

@Suite("Record forms validate as you type and submit the right action")
struct FormTests {
    @Test("the record form refuses a future date with the exact message")
    func futureDate() async throws {
        var h = await Harness()
        await openSaldaña(&h)
        await h.press(.character("r"), .ctrl("u"))
        await h.type("2026-12-01")
        let form = try #require(h.state.form)
        let messages = FormValidation.messages(for: form, in: h.state.validationContext(for: form), includeEmptyRequired: false)
        #expect(messages[.date] == "Date 2026-12-01 is in the future; today is 2026-11-23")
        #expect(h.screen.contains { $0.contains("✗ Date 2026-12-01 is in the future; today is 2026-11-23") })
        let next = h.sendHoldingEffects(.key(.ctrl("s")))
        #expect(next.effects.isEmpty)
        #expect(h.state.status == .error("Date 2026-12-01 is in the future; today is 2026-11-23"))
    }

    @Test("field rules say exactly what is wrong", arguments: [
        (FieldID.date, "2026-02-30", String?("Date must be a real day written YYYY-MM-DD, e.g. 2026-11-23")),
        (.date, "23/11/2026", "Date must be a real day written YYYY-MM-DD, e.g. 2026-11-23"),
        (.score, "101", "Score must be a whole number from 0 to 100"),
        (.score, "eighty", "Score must be a whole number from 0 to 100"),
        (.hours, "0", "Hours must be a number above 0 and at most 2000, e.g. 4 or 1.5"),
        (.hours, "2500", "Hours must be a number above 0 and at most 2000, e.g. 4 or 1.5"),
        (.module, "deescalation", "No module 'deescalation' in the curriculum; did you mean uof-deescalation?"),
        // Pasted text may carry what typing cannot; dates outside the years the store accepts are refused here too.
        (.instructor, "Ray\u{1B}[2J", "Instructor contains the control character U+001B at character 4; only printable text is accepted"),
        (.instructor, "Ray\t", "Instructor contains the control character U+0009 at character 4; only printable text is accepted"),
        (.date, "1899-12-31", "Date 1899-12-31 is outside the years 1900–2100"),
        // Every value the store's rules accept, the form accepts.
        (.hours, "1500", nil), (.hours, "2000", nil), (.hours, "0.25", nil), (.score, "0", nil), (.score, "100", nil),
    ])
    func fieldRules(field: FieldID, value: String, message: String?) async throws {
        var h = await Harness()
        await openSaldaña(&h)
        await h.press(.character("r"))
        var form = try #require(h.state.form)
        form.set(field, value)
        let messages = FormValidation.messages(for: form, in: h.state.validationContext(for: form), includeEmptyRequired: false)
        #expect(messages[field] == message)
    }

    @Test("the record form submits the completion it shows")
    func submitsRecordCompletion() async throws {
        var h = await Harness()
        await openSaldaña(&h)
        await h.press(.character("r"), .ctrl("u"))
        await h.type("2026-11-20")
        await h.press(.down, .right, .down)  // result: fail
        await h.type("64")
        await h.press(.down, .down)
        await h.type("Sgt. Alvarez")
        let next = h.sendHoldingEffects(.key(.enter))  // Enter on the last field saves
        #expect(next.effects == [.perform(.recordCompletion(CompletionRequest(
            badge: "A-1003", moduleID: "uof-medical-aid", completedOn: CalendarDate(iso: "2026-11-20")!, result: .fail,
            score: 64, hours: 4, instructor: "Sgt. Alvarez")))])
        #expect(h.state.form?.isSubmitting == true)
    }

    @Test("recording a completion closes the form and the officer's status changes")
    func recordingChangesStatus() async throws {
        var h = await Harness()
        await openSaldaña(&h)
        #expect(h.state.detail?.selectedStanding?.status == .expired)
        await h.press(.character("r"), .ctrl("s"))
        #expect(h.state.modal == nil)
        #expect(h.state.status == .success("Recorded completion #38: uof-medical-aid 2026.1 for A-1003 on 2026-11-23, pass."))
        #expect(h.state.detail?.detail.value?.modules.first { $0.moduleID == "uof-medical-aid" }?.status == .current)
        let row = try #require(h.state.agency.value?.officer(badge: "A-1003"))
        #expect(row.standing == .certified)
        #expect(h.store.performed.count == 1)
    }

    @Test("a refused write keeps the form open with the client's message")
    func refusedWrite() async throws {
        var h = await Harness()
        h.store.failure.withLock { $0 = "completion on 2026-11-23 already recorded for A-1003" }
        await openSaldaña(&h)
        await h.press(.character("r"), .ctrl("s"))
        #expect(h.state.form?.submitError == "completion on 2026-11-23 already recorded for A-1003")
        #expect(h.screen.contains { $0.contains("✗ completion on 2026-11-23 already recorded for A-1003") })
    }

    @Test("void needs a completion selected in History and a reason")
    func voidFlow() async throws {
        var h = await Harness()
        await openSaldaña(&h, requirement: 0)
        await h.press(.character("v"))
        #expect(h.state.modal == nil)
        #expect(h.state.status == .error("Select a completion in History first (→)"))
        await h.press(.right, .down, .down, .down, .down)  // newest first: #17 #16 #11 #15 #14 (voided)
        await h.press(.character("v"))
        #expect(h.state.status == .error("Completion #14 is already voided"))
        await h.press(.up, .character("v"), .ctrl("s"))
        #expect(h.state.status == .error("Reason is required: say why the completion is void"))
        await h.type("wrong module")
        let next = h.sendHoldingEffects(.key(.enter))
        #expect(next.effects == [.perform(.voidCompletion(id: 15, reason: "wrong module"))])
    }

    @Test("waive and assign submit what the forms say")
    func waiveAndAssign() async throws {
        var h = await Harness()
        await openSaldaña(&h)
        await h.press(.character("w"))
        await h.type("Light duty")
        await h.press(.down, .down)
        await h.type("2026-10-01")
        #expect(h.screen.contains { $0.contains("✗ Until 2026-10-01 is before From 2026-11-23") })
        await h.press(.ctrl("u"))
        await h.type("2027-03-31")
        var next = h.sendHoldingEffects(.key(.ctrl("s")))
        #expect(next.effects == [.perform(.waive(WaiverRequest(badge: "A-1003", moduleID: "uof-medical-aid", reason: "Light duty",
                                                             from: CalendarDate(iso: "2026-11-23"), until: CalendarDate(iso: "2027-03-31"))))])
        await h.send(.actionFinished(.waive(WaiverRequest(badge: "A-1003", moduleID: "uof-medical-aid", reason: "")), .success(.waived(id: 1))))
        await h.press(.character("a"))
        await h.type("cert-cew")
        await h.press(.down, .right, .down, .down, .down)
        await h.type("2027-01-31")
        next = h.sendHoldingEffects(.key(.enter))
        #expect(next.effects == [.perform(.assign(AssignmentRequest(target: .certification("cert-cew"), assignee: .unit("Patrol"),
                                                                  dueOn: CalendarDate(iso: "2027-01-31"))))])
    }

    @Test("Esc discards a modal form")
    func escDiscards() async {
        var h = await Harness()
        await openSaldaña(&h)
        await h.press(.character("r"))
        await h.type("x")
        await h.press(.escape)
        #expect(h.state.modal == nil)
        #expect(h.state.detail != nil)
    }
}

@Suite("Quitting and permissions")
struct QuitAndAccessTests {
    @Test("q quits at once when nothing is unsaved")
    func quitsAtOnce() async {
        var h = await Harness()
        await h.press(.character("q"))
        #expect(h.quit)
    }

    @Test("q with unsaved class input asks first; n stays, y quits")
    func quitAsks() async {
        var h = await Harness()
        await h.press(.character("4"), .enter)
        await h.type("uof-bwc")
        await h.press(.escape, .character("q"))
        #expect(!h.quit)
        #expect(h.state.modal == .confirmQuit("the class session on the Classes tab"))
        await h.press(.character("n"))
        #expect(h.state.modal == nil)
        #expect(!h.quit)
        await h.press(.character("q"), .character("y"))
        #expect(h.quit)
    }

    @Test("q inside a form is typed, not obeyed")
    func qTypesInForms() async {
        var h = await Harness()
        await h.press(.character("4"), .enter, .character("q"))
        #expect(!h.quit)
        #expect(h.state.classes.form[.module]?.value == "q")
    }

    @Test("the officer view opens on My training and never offers a write action")
    func officerViewIsReadOnly() async {
        var h = await Harness(access: FixtureAgency.officerLogin)
        #expect(h.state.context.officerBadge == "A-1003")
        #expect(h.state.detail?.detail.value?.officer.badge == "A-1003")
        #expect(h.state.agency == .loading)  // the agency is never loaded for an officer
        let hints = Keymap.hints(for: h.state).map(\.label)
        #expect(!hints.contains { ["record", "assign", "waive", "void", "record roster", "write"].contains($0) })
        for key in ["r", "a", "w", "v", "2", "4"] { await h.press(.character(Character(key))) }
        await h.press(.tab, .ctrl("s"))
        #expect(h.state.modal == nil)
        #expect(h.store.performed.isEmpty)
        #expect(h.effects.allSatisfy { if case .loadOfficer("A-1003") = $0 { true } else { false } })
        let screen = h.screen.joined(separator: "\n")
        #expect(!screen.contains("Ortiz"))
        #expect(!screen.contains("Dashboard"))
        await h.press(.character("?"))
        let help = h.screen.joined(separator: "\n")
        #expect(!help.contains("Record a completion"))
    }

    @Test("a coordinator previewing --as a badge sees that officer's view")
    func previewBadge() async {
        let h = await Harness(previewBadge: "A-1002")
        #expect(h.state.context.isOfficerView)
        #expect(h.screen[0].contains("previewing officer A-1002"))
        #expect(h.screen.contains { $0.contains("! Renew: by 2026-12-10 (in 17 days) · De-escalation and tactical communication") })
    }

    @Test("an auditor pressing r is told why it cannot record")
    func auditorRefused() async {
        var h = await Harness(access: AccessPolicy(login: "audit", roles: [.auditor], ownBadge: nil))
        await h.press(.character("2"), .enter, .character("r"))
        #expect(h.state.modal == nil)
        #expect(h.state.status?.kind == .error)
        #expect(h.state.status?.text.hasPrefix("login 'audit' may not record completions") == true)
        #expect(!Keymap.hints(for: h.state).map(\.label).contains("record"))
    }
}

@Suite("A form needs the permission of the command it submits")
struct FormPermissionTests {
    @Test("each form kind's permission is the store's for its command", arguments: [
        (FormKind.recordCompletion(badge: "A1"), RecordCommand.recordCompletion(CompletionRequest(badge: "A1", moduleID: "m"))),
        (.assign(badge: "A1"), .assign(AssignmentRequest(target: .module("m"), assignee: .officer(badge: "A1")))),
        (.assign(badge: "A1"), .assignProgram(ProgramAssignmentRequest(programID: "p", assignee: .officer(badge: "A1")))),
        (.waive(badge: "A1"), .waive(WaiverRequest(badge: "A1", moduleID: "m", reason: "r"))),
        (.void(badge: "A1", completionID: 1, summary: ""), .voidCompletion(id: 1, reason: "r")),
        (.classSession, .recordRoster(RosterRequest(entries: []))),
    ])
    func matchesCommand(kind: FormKind, command: RecordCommand) {
        #expect(kind.permission == command.permission)
    }
}
