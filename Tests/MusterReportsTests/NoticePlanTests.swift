import MusterCore
@testable import MusterReports
import MusterStore
import Testing

/// Who the plan mails, against what was sent before, and the sign-in sheet of a scheduled class, over a store
/// written through the command layer (issue 21 items 3 and 4).
struct NoticePlanTests {
    static let today = CalendarDate.today()

    /// Patrol owes de-escalation since 2025-06-01 and is supervised by sgt@example.org; 1002 has no e-mail.
    func store() throws -> SQLiteRecordStore {
        let store = try MusterDatabase.openInMemory()
        _ = try store.apply([
            .loadCurriculum(try CurriculumLoader.load(from: nil)),
            .addOfficer(Officer(badge: "1001", lastName: "Núñez", firstName: "Ana", unit: "Patrol", email: "ana@example.org")),
            .addOfficer(Officer(badge: "1002", lastName: "Nguyễn", firstName: "Văn An", unit: "Patrol")),
            .addOfficer(Officer(badge: "1003", lastName: "李", firstName: "小龍", unit: "Traffic", email: "li@example.org")),
            .assign(AssignmentRequest(target: .module("uof-deescalation"), assignee: .unit("Patrol"),
                                      dueOn: CalendarDate(year: 2025, month: 6, day: 1), from: CalendarDate(year: 2025, month: 1, day: 1))),
            .setUnitSupervisor(unit: "Patrol", supervisor: "sgt@example.org"),
        ], as: .coordinator("coord"))
        return store
    }

    @Test("an officer with news and an address gets a notice; the supervisor's digest names the one without")
    func plan() throws {
        let store = try store()
        let curriculum = try store.curriculum()
        let plan = try NoticePlan.build(from: store, curriculum: curriculum, asOf: Self.today, windows: .standard)
        #expect(plan.officerNotices.map(\.officer.badge) == ["1001"])
        #expect(plan.withoutEmail.map(\.badge) == ["1002"])
        #expect(plan.digests.map(\.recipient) == ["sgt@example.org"])
        #expect(plan.digests.first?.entries.map(\.officer.badge) == ["1001", "1002"])
        #expect(plan.unitsWithoutSupervisor.isEmpty)
        let body = NoticeText.body(try #require(plan.digests.first), asOf: Self.today)
        #expect(body.contains("Nguyễn, Văn An (badge 1002)  — NO E-MAIL ON FILE"))

        // Remembered items are not news: nothing to send until one changes.
        let sent = plan.officerNotices[0].items.map { SentNotice(audience: .officer, key: $0.key, recipient: "ana@example.org", messageID: "<1@x>") }
            + plan.digests[0].entries.flatMap(\.items).map { SentNotice(audience: .supervisor, key: $0.key, recipient: "sgt@example.org", messageID: "<2@x>") }
        let results = try store.apply([.recordNotices(sent), .recordNotices(sent)], as: .coordinator("coord"))
        #expect(results == [.noticesRecorded(count: 3), .noticesRecorded(count: 0)])
        let again = try NoticePlan.build(from: store, curriculum: curriculum, asOf: Self.today, windows: .standard)
        #expect(again.messageCount == 0)
        #expect(try store.verifyAudit().drifts.isEmpty)
    }

    @Test("the sign-in sheet lists the enrolled officers by name, with the class's day, time, place and instructor")
    func sheet() throws {
        let store = try store()
        let day = Self.today.adding(days: 14)
        let results = try store.apply([
            .scheduleClass(ClassScheduleRequest(moduleID: "uof-deescalation", heldOn: day, startsAt: ClassTime("09:00"),
                                                location: "Range <B>", instructor: "Sgt. O'Brien", capacity: 12)),
        ], as: .coordinator("coord"))
        guard case .classScheduled(let id) = try #require(results.first) else { Issue.record("not scheduled"); return }
        _ = try store.apply([.enrol(sessionID: id, badges: ["1001", "1002"])], as: .coordinator("coord"))
        let sheet = try #require(try SignInSheetDocument.load(from: store, curriculum: try store.curriculum(), sessionID: id))
        // By name: Nguyễn before Núñez.
        #expect(sheet.rows.map(\.officer.badge) == ["1002", "1001"])
        let html = sheet.html(generatedOn: Self.today)
        #expect(html.contains("Núñez, Ana") && html.contains("Nguyễn, Văn An"))
        #expect(html.contains("Date: \(day.iso)   Time: 09:00   Place: Range &lt;B&gt;   Instructor: Sgt. O&#39;Brien"))
        #expect(html.contains("2 enrolled of 12 seats"))
        #expect(try SignInSheetDocument.load(from: store, curriculum: try store.curriculum(), sessionID: id + 1) == nil)
    }
}
