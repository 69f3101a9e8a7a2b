import MusterCore
import MusterTestSupport
import TerminalUI
import Testing
@testable import MusterTUI

@Suite("The Classes tab schedules ahead, opens a class, and asks before acting on a long sheet")
struct ClassSchedulingTUITests {
    static let elevenBadges = "A-1001 A-1002 A-1003 A-1004 A-1005 A-1006 A-1007 A-1008 A-1011 A-1012 A-1009"

    /// The Classes tab with module, date, instructor and location typed, the attendees field focused.
    private func draft(date: CalendarDate, module: String = "uof-medical-aid") async -> Harness {
        var h = await Harness()
        await h.press(.character("4"), .enter)
        await h.type(module)
        await h.press(.down, .ctrl("u"))
        await h.type(date.iso)
        await h.press(.down)
        await h.type("09:30")
        await h.press(.down)
        await h.type("12")
        await h.press(.down, .down)
        await h.type("Sgt. Alvarez")
        await h.press(.down)
        await h.type("Range B")
        await h.press(.down, .down)
        return h
    }

    @Test("a later date is accepted and Ctrl-S schedules the class, enrolling who is on the sheet")
    func schedulesAhead() async throws {
        let ahead = FixtureAgency.asOf.adding(days: 14)
        var h = await draft(date: ahead)
        await h.type("A-1003 A-1004:?")
        let next = h.sendHoldingEffects(.key(.ctrl("s")))
        let expected = ClassScheduleRequest(
            moduleID: "uof-medical-aid", heldOn: ahead, startsAt: ClassTime("09:30"), location: "Range B",
            instructor: "Sgt. Alvarez", capacity: 12, enrol: ["A-1003", "A-1004"])
        #expect(next.effects == [.performClass([.scheduleClass(expected)])])
        await h.send(.classActionFinished([.scheduleClass(expected)], .success([.classScheduled(id: 12)])))
        #expect(h.state.status == .success("Scheduled class #12 on \(ahead), 2 enrolled."))
        #expect(h.state.classes.form[.attendees]?.value == "")
    }

    @Test("today, an unmarked line is refused before anything is written; marked, the roster is recorded")
    func unmarkedRefused() async throws {
        var h = await draft(date: FixtureAgency.asOf)
        await h.type("A-1003:92 A-1004:?")
        let next = h.sendHoldingEffects(.key(.ctrl("s")))
        #expect(next.effects.isEmpty)
        #expect(h.state.status?.text.contains("A-1004 is not marked") == true)
        await h.press(.backspace)
        await h.type("absent")
        let recorded = h.sendHoldingEffects(.key(.ctrl("s")))
        guard case .perform(.recordRoster(let roster))? = recorded.effects.first else {
            Issue.record("expected a roster, got \(recorded.effects)")
            return
        }
        #expect(roster.entries.map(\.badge) == ["A-1003"])
    }

    @Test("o opens the next upcoming class with its enrolment; Ctrl-S marks attendance and records")
    func opensAndRecords() async throws {
        var h = await Harness()
        await h.press(.character("4"))
        #expect(h.state.classes.upcoming.map(\.id) == [3, 4])
        await h.press(.character("o"))
        #expect(h.state.classes.openSession?.id == 3)
        #expect(h.state.classes.form[.attendees]?.value == "A-1003:? A-1004:absent")
        #expect(h.state.unsavedInput == nil)
        await h.press(.enter, .down, .down, .down, .down, .down, .down, .down, .down, .ctrl("u"))
        await h.type("A-1003:85 A-1004:absent A-1002:90")
        let next = h.sendHoldingEffects(.key(.ctrl("s")))
        #expect(next.effects == [.performClass([
            .enrol(sessionID: 3, badges: ["A-1002"]),
            .markAttendance(AttendanceRequest(sessionID: 3, badges: ["A-1003"], attendance: .present, score: 85)),
            .markAttendance(AttendanceRequest(sessionID: 3, badges: ["A-1002"], attendance: .present, score: 90)),
            .markAttendance(AttendanceRequest(sessionID: 3, badges: ["A-1004"], attendance: .absent)),
            .recordClass(sessionID: 3),
        ])])
        await h.press(.escape, .character("o"), .character("o"))
        #expect(h.state.classes.openSession?.id == 3)
    }

    @Test("Ctrl-S and x on more than ten lines ask first; n writes nothing and keeps the sheet")
    func longSheetAsks() async throws {
        var h = await draft(date: FixtureAgency.asOf)
        await h.type(Self.elevenBadges)
        let asked = h.sendHoldingEffects(.key(.ctrl("s")))
        #expect(asked.effects.isEmpty)
        #expect(h.state.modal == .confirmSheet(.record(lines: 11, ahead: false)))
        await h.press(.character("n"))
        #expect(h.state.modal == nil && h.store.performed.isEmpty)
        await h.press(.escape, .character("x"))
        #expect(h.state.modal == .confirmSheet(.clear(lines: 11)))
        await h.press(.escape)
        #expect(h.state.classes.form[.attendees]?.value == Self.elevenBadges)
        await h.press(.character("x"), .character("y"))
        #expect(h.state.classes.form[.attendees]?.value == "")
        await h.press(.enter)
        await h.type("A-1001 A-1002")
        await h.press(.escape, .character("x"))
        #expect(h.state.modal == nil && h.state.classes.form[.attendees]?.value == "")
    }

    @Test("My training names the officer's next enrolled class")
    func myTrainingShowsClass() async throws {
        let h = await Harness(access: FixtureAgency.officerLogin)
        #expect(h.screen.contains { $0.contains("Enrolled: ") && $0.contains(FixtureAgency.asOf.iso) })
    }
}
