import GRDB
import MusterCore
@testable import MusterStore
import MusterTestSupport
import Testing

@Suite("Scheduled class sessions: enrolment, attendance, recording")
struct ClassSchedulingTests {
    /// A store whose today is `today`, with a first-aid class (attendance, no pass mark) on `on`.
    static func scheduled(on heldOn: String, capacity: Int? = 2, fixture: StoreFixture) throws -> Int64 {
        let result = try fixture.apply(.scheduleClass(ClassScheduleRequest(
            moduleID: SampleCurriculum.firstAid, heldOn: day(heldOn), startsAt: ClassTime("09:30"), location: "Range",
            instructor: "Sgt. Ruiz", capacity: capacity)))
        return try #require(result.createdID)
    }

    @Test("a session is scheduled ahead, listed as upcoming, and an enrolled officer sees it")
    func scheduleAhead() throws {
        let fixture = try StoreFixture()
        let id = try Self.scheduled(on: "2025-07-01", fixture: fixture)
        #expect(try fixture.apply(.enrol(sessionID: id, badges: ["A1"])) == .enrolled(sessionID: id, EnrolmentSummary(added: ["A1"])))
        let upcoming = try fixture.store.scheduledClasses(.upcoming, asOf: today)
        #expect(upcoming.map(\.id) == [id])
        #expect(upcoming.first?.startsAt == ClassTime("09:30") && upcoming.first?.enrolled == 1)
        #expect(try fixture.store.upcomingEnrolments(badge: "A1", asOf: today).map(\.id) == [id])
        #expect(try fixture.store.upcomingEnrolments(badge: "A2", asOf: today).isEmpty)
        #expect(try fixture.store.scheduledClasses(.past, asOf: today).isEmpty)
        #expect(try fixture.store.verifyAudit().isIntact)
    }

    @Test("enrolling past capacity is refused whole; enrolling again adds nothing")
    func capacity() throws {
        let fixture = try StoreFixture()
        let id = try Self.scheduled(on: "2025-07-01", fixture: fixture)
        #expect(throws: StoreError.classRule(.overCapacity(id: id, capacity: 2, enrolled: 0, adding: 3))) {
            try fixture.apply(.enrol(sessionID: id, badges: ["A1", "A2", "B1"]))
        }
        #expect(try fixture.store.enrolments(sessionID: id).isEmpty)
        try fixture.apply(.enrol(sessionID: id, badges: ["A1", "A2"]))
        #expect(try fixture.apply(.enrol(sessionID: id, badges: ["A1"]))
                == .enrolled(sessionID: id, EnrolmentSummary(alreadyEnrolled: ["A1"])))
    }

    @Test("a session cannot be recorded or attended before its day")
    func notBeforeItsDay() throws {
        let fixture = try StoreFixture()
        let id = try Self.scheduled(on: "2025-07-01", fixture: fixture)
        try fixture.apply(.enrol(sessionID: id, badges: ["A1"]))
        let early = StoreError.classRule(.notYetHeld(id: id, heldOn: day("2025-07-01"), today: today))
        #expect(throws: early) { try fixture.apply(.recordClass(sessionID: id)) }
        #expect(throws: early) {
            try fixture.apply(.markAttendance(AttendanceRequest(sessionID: id, badges: ["A1"], attendance: .present)))
        }
    }

    @Test("recording writes the present officers' completions with the module's hours; again, nothing new")
    func recordAndRerecord() throws {
        let fixture = try StoreFixture()
        let id = try Self.scheduled(on: "2025-06-10", fixture: fixture)
        try fixture.apply(.enrol(sessionID: id, badges: ["A1", "A2"]))
        try fixture.apply(.markAttendance(AttendanceRequest(sessionID: id, badges: ["A1"], attendance: .present)))
        try fixture.apply(.markAttendance(AttendanceRequest(sessionID: id, badges: ["A2"], attendance: .absent)))
        guard case .classRecorded(_, let first) = try fixture.apply(.recordClass(sessionID: id)) else {
            Issue.record("not a class record")
            return
        }
        #expect(first.newIDs.count == 1 && first.alreadyOnRecord.isEmpty && first.notPresent == ["A2"])
        let stored = try fixture.store.completions(badge: "A1").map(\.completion)
        #expect(stored.map(\.hours) == [4] && stored.map(\.sessionID) == [id] && stored.map(\.completedOn) == [day("2025-06-10")])
        let events = try fixture.store.integer("SELECT COUNT(*) FROM audit_event")
        guard case .classRecorded(_, let second) = try fixture.apply(.recordClass(sessionID: id)) else { return }
        #expect(second.newIDs.isEmpty && second.alreadyOnRecord == ["A1"])
        #expect(try fixture.store.integer("SELECT COUNT(*) FROM audit_event") == events)
        #expect(try fixture.store.verifyAudit().isIntact)
    }

    @Test("marking someone not enrolled is refused naming them; cancelling is dated and closes the session")
    func notEnrolledAndCancel() throws {
        let fixture = try StoreFixture()
        let id = try Self.scheduled(on: "2025-06-10", fixture: fixture)
        #expect(throws: StoreError.classRule(.notEnrolled(id: id, badges: ["B1"]))) {
            try fixture.apply(.markAttendance(AttendanceRequest(sessionID: id, badges: ["B1"], attendance: .present)))
        }
        let ahead = try Self.scheduled(on: "2025-08-01", fixture: fixture)
        #expect(try fixture.apply(.cancelClass(id: ahead)) == .classCancelled(id: ahead))
        #expect(try fixture.store.scheduledClass(id: ahead)?.cancelledOn == today)
        #expect(throws: StoreError.classRule(.cancelled(id: ahead, on: today))) {
            try fixture.apply(.enrol(sessionID: ahead, badges: ["A1"]))
        }
        #expect(try fixture.store.scheduledClasses(.upcoming, asOf: today).isEmpty)
        #expect(try fixture.store.scheduledClasses(.all, asOf: today).count == 2)
    }

    @Test("assigning what is already assigned and in force writes nothing and names the assignment")
    func repeatedAssignment() throws {
        let fixture = try StoreFixture()
        let request = AssignmentRequest(target: .module(SampleCurriculum.firstAid), assignee: .unit("North"), dueOn: day("2025-09-01"))
        let first = try #require(try fixture.apply(.assign(request)).createdID)
        #expect(try fixture.apply(.assign(request)) == .alreadyAssigned(id: first))
        var later = request
        later.dueOn = day("2025-10-01")
        #expect(try fixture.apply(.assign(later)).createdID != nil)
        #expect(try fixture.store.allAssignments().count == 2)
    }

    @Test("v9-class-scheduling keeps the sessions an older Muster recorded verifying, and they schedule nothing")
    func upgradeKeepsOldSessions() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("v6.sqlite")
        let queue = try DatabaseQueue(path: path, configuration: MusterDatabase.configuration())
        var migrator = DatabaseMigrator()
        for migration in SchemaMigrations.all where migration.name != ClassSchedulingMigration.name {
            migrator.registerMigration(migration.name) { db in try db.execute(sql: migration.sql) }
        }
        try migrator.migrate(queue)
        let old = SQLiteRecordStore(writer: queue, clock: .fixed(today))
        _ = try old.apply([.loadCurriculum(SampleCurriculum.initial),
                           .createSession(SessionRequest(moduleID: SampleCurriculum.firstAid, heldOn: day("2025-06-01"),
                                                         instructor: "Sgt. Ruiz", location: "Range"))], actor: "setup")
        try queue.close()
        let store = try MusterDatabase.open(path: path, clock: .fixed(today))
        #expect(try store.verifyAudit().isIntact)
        let session = try #require(try store.scheduledClass(id: 1))
        #expect(session.capacity == nil && session.startsAt == nil && session.cancelledOn == nil && session.enrolled == 0)
        #expect(try store.scheduledClasses(.past, asOf: today).map(\.id) == [1])
    }

    @Test("a roster recorded again joins the session it made instead of making an empty one")
    func rosterAgainSameSession() throws {
        let fixture = try StoreFixture()
        let session = SessionRequest(moduleID: SampleCurriculum.firstAid, heldOn: day("2025-06-10"), instructor: "Sgt. Ruiz",
                                     location: "Range")
        let roster = RosterRequest(entries: [CompletionRequest(badge: "A1", moduleID: SampleCurriculum.firstAid,
                                                               completedOn: day("2025-06-10"), hours: 4)], session: session)
        let first = try fixture.apply(.recordRoster(roster))
        let again = try fixture.apply(.recordRoster(roster))
        guard case .rosterRecorded(let one) = first, case .rosterRecorded(let two) = again else {
            Issue.record("not rosters")
            return
        }
        #expect(one.newIDs.count == 1 && two.newIDs.isEmpty && two.duplicates == 1)
        #expect(two.sessionID == one.sessionID)
        #expect(try fixture.store.integer("SELECT COUNT(*) FROM class_session") == 1)
    }
}
