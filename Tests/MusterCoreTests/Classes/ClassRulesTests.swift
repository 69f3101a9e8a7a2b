import Testing
@testable import MusterCore

@Suite("The rules of scheduled classes: time, capacity, attendance, recording, who owes the module")
struct ClassRulesTests {
    static let today = CalendarDate(iso: "2026-06-15")!
    static func day(_ offset: Int) -> CalendarDate { today.adding(days: offset) }
    static func session(on offset: Int = 0, capacity: Int? = 2, enrolled: Int = 0, cancelled: Int? = nil) -> ScheduledClass {
        ScheduledClass(id: 5, moduleID: "m", heldOn: day(offset), capacity: capacity, cancelledOn: cancelled.map(day),
                       enrolled: enrolled)
    }

    @Test("a start time is HH:MM on a 24-hour clock", arguments: [
        ("09:30", "09:30"), ("9:30", "09:30"), ("00:00", "00:00"), ("23:59", "23:59"),
        ("24:00", nil), ("12:60", nil), ("9.30", nil), ("930", nil), ("", nil), ("09:3", nil), ("١٢:٣٠", nil), ("-1:30", nil),
    ] as [(String, String?)])
    func time(text: String, expected: String?) {
        #expect(ClassTime(text)?.description == expected)
    }

    @Test("capacity is 1–1000 or none", arguments: [
        (nil, nil), (1, nil), (1000, nil), (0, ClassRuleViolation.capacityOutOfRange(0)), (1001, .capacityOutOfRange(1001)),
        (-3, .capacityOutOfRange(-3)),
    ] as [(Int?, ClassRuleViolation?)])
    func capacity(seats: Int?, expected: ClassRuleViolation?) {
        #expect(throwsViolation { try ClassRules.checkCapacity(seats) } == expected)
    }

    @Test("enrolment stays within capacity and never joins a cancelled class", arguments: [
        (session(capacity: 2, enrolled: 0), 2, nil),
        (session(capacity: 2, enrolled: 1), 2, ClassRuleViolation.overCapacity(id: 5, capacity: 2, enrolled: 1, adding: 2)),
        (session(capacity: nil, enrolled: 400), 300, nil),
        (session(capacity: 2, cancelled: -1), 1, .cancelled(id: 5, on: day(-1))),
    ] as [(ScheduledClass, Int, ClassRuleViolation?)])
    func enrolment(session: ScheduledClass, adding: Int, expected: ClassRuleViolation?) {
        #expect(throwsViolation { try ClassRules.checkEnrolment(in: session, adding: adding) } == expected)
    }

    @Test("attendance is marked on or after the day, a score only for the present, required with a pass mark", arguments: [
        (session(on: 0), Attendance.present, 85, 70, nil),
        (session(on: -3), .present, nil, nil, nil),
        (session(on: -3), .absent, nil, 70, nil),
        (session(on: 1), .present, 85, nil, ClassRuleViolation.notYetHeld(id: 5, heldOn: day(1), today: today)),
        (session(on: 0), .absent, 50, nil, .scoreForAbsent),
        (session(on: 0), .present, 101, nil, .scoreOutOfRange(101)),
        (session(on: 0), .present, nil, 80, .scoreRequired(passMark: 80)),
        (session(on: -1, cancelled: -2), .present, 90, nil, .cancelled(id: 5, on: day(-2))),
    ] as [(ScheduledClass, Attendance, Int?, Int?, ClassRuleViolation?)])
    func attendance(session: ScheduledClass, attendance: Attendance, score: Int?, passMark: Int?, expected: ClassRuleViolation?) {
        #expect(throwsViolation {
            try ClassRules.checkAttendance(in: session, attendance: attendance, score: score, passMark: passMark, today: Self.today)
        } == expected)
    }

    @Test("a class is recorded on or after its day, never once cancelled; cancelled once, not after it was held", arguments: [
        (session(on: 0), nil as ClassRuleViolation?, nil as ClassRuleViolation?),
        (session(on: -10), nil, .cancelAfterHeld(id: 5, heldOn: day(-10), on: today)),
        (session(on: 7), .notYetHeld(id: 5, heldOn: day(7), today: today), nil),
        (session(on: 7, cancelled: -1), .cancelled(id: 5, on: day(-1)), .cancelled(id: 5, on: day(-1))),
    ])
    func recordAndCancel(session: ScheduledClass, recording: ClassRuleViolation?, cancelling: ClassRuleViolation?) {
        #expect(throwsViolation { try ClassRules.checkRecording(session, today: Self.today) } == recording)
        #expect(throwsViolation { try ClassRules.checkCancelling(session, on: Self.today) } == cancelling)
    }

    @Test("who owes the module by the class's day, judged as of that day", arguments: [
        (ModuleStatus.expired, nil as CalendarDate?, true), (.overdue, day(-5), true), (.failed, nil, true),
        (.assigned, day(0), true), (.assigned, day(-1), true), (.assigned, day(1), false), (.assigned, nil, false),
        (.current, nil, false), (.expiring, nil, false), (.waived, nil, false), (.onLeave, day(-5), false),
    ])
    func owes(status: ModuleStatus, dueOn: CalendarDate?, expected: Bool) {
        #expect(ClassRules.owes(status, dueOn: dueOn, by: Self.today) == expected)
    }

    /// The rule `body` broke; nil when it broke none (any other error fails the test).
    private func throwsViolation(_ body: () throws -> Void) -> ClassRuleViolation? {
        do {
            try body()
        } catch let violation as ClassRuleViolation {
            return violation
        } catch {
            Issue.record("not a class rule: \(error)")
        }
        return nil
    }
}

@Suite("Assigning what is already assigned")
struct RepeatedAssignmentTests {
    static let today = CalendarDate(iso: "2026-06-15")!
    static let existing = Assignment(id: 3, target: .module("m"), assignee: .unit("Patrol"), dueOn: CalendarDate(iso: "2026-09-01")!,
                                     assignedOn: CalendarDate(iso: "2026-06-01")!)

    static func repeats(_ existing: Assignment = existing, target: Assignment.Target = .module("m"),
                        assignee: Assignment.Assignee = .unit("Patrol"), due: String? = "2026-09-01", from: String? = nil,
                        window: Int = 90) -> Bool {
        RepeatedAssignment.repeats(existing, target: target, assignee: assignee, dueOn: due.flatMap(CalendarDate.init(iso:)),
                                   from: from.flatMap(CalendarDate.init(iso:)), newMembersWithinDays: window, today: today)
    }

    static func ended(_ on: String) -> Assignment {
        var ended = existing
        ended.endedOn = CalendarDate(iso: on)
        return ended
    }

    @Test("same module or certification, scope, due date, start and window, still in force", arguments: [
        (repeats(), true),
        (repeats(from: "2026-06-01"), true),
        (repeats(from: "2026-07-01"), false),
        (repeats(target: .certification("m")), false),
        (repeats(target: .module("n")), false),
        (repeats(assignee: .unit("Traffic")), false),
        (repeats(assignee: .officer(badge: "Patrol")), false),
        (repeats(due: "2026-10-01"), false),
        (repeats(due: nil), false),
        (repeats(window: 30), false),
        (repeats(ended("2026-06-10")), false),
        (repeats(ended("2026-07-01")), true),
    ])
    func table(repeats: Bool, expected: Bool) {
        #expect(repeats == expected)
    }
}
