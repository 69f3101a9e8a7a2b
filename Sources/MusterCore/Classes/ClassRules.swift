/// The rules about scheduled class sessions, their enrolment and attendance, written once for the store, the
/// CLI and the TUI.
public enum ClassRules {
    /// Seats one session may have: a lecture hall, not a typo.
    public static let capacityRange = 1...1000

    public static func checkCapacity(_ capacity: Int?) throws(ClassRuleViolation) {
        if let capacity, !capacityRange.contains(capacity) { throw .capacityOutOfRange(capacity) }
    }

    /// Enrolling `adding` more officers in `session` must leave it within its capacity, and it must not be cancelled.
    public static func checkEnrolment(in session: ScheduledClass, adding: Int) throws(ClassRuleViolation) {
        if let cancelled = session.cancelledOn { throw .cancelled(id: session.id, on: cancelled) }
        if let capacity = session.capacity, session.enrolled + adding > capacity {
            throw .overCapacity(id: session.id, capacity: capacity, enrolled: session.enrolled, adding: adding)
        }
    }

    /// Attendance is marked on or after the session's day, for a session still held, and a score only for
    /// someone present; with a pass mark a present officer needs a score (the completion would need one).
    public static func checkAttendance(
        in session: ScheduledClass, attendance: Attendance, score: Int?, passMark: Int?, today: CalendarDate
    ) throws(ClassRuleViolation) {
        if let cancelled = session.cancelledOn { throw .cancelled(id: session.id, on: cancelled) }
        if session.heldOn > today { throw .notYetHeld(id: session.id, heldOn: session.heldOn, today: today) }
        switch (attendance, score) {
        case (.absent, .some): throw .scoreForAbsent
        case (.present, .some(let score)) where !RecordRules.scoreRange.contains(score): throw .scoreOutOfRange(score)
        case (.present, nil): if let passMark { throw .scoreRequired(passMark: passMark) }
        default: break
        }
    }

    /// A session is recorded on or after its day, and only while it is not cancelled.
    public static func checkRecording(_ session: ScheduledClass, today: CalendarDate) throws(ClassRuleViolation) {
        if let cancelled = session.cancelledOn { throw .cancelled(id: session.id, on: cancelled) }
        if session.heldOn > today { throw .notYetHeld(id: session.id, heldOn: session.heldOn, today: today) }
    }

    /// A session is cancelled once, on a day not after it is held.
    public static func checkCancelling(_ session: ScheduledClass, on day: CalendarDate) throws(ClassRuleViolation) {
        if let cancelled = session.cancelledOn { throw .cancelled(id: session.id, on: cancelled) }
        if day > session.heldOn { throw .cancelAfterHeld(id: session.id, heldOn: session.heldOn, on: day) }
    }
}

/// A rule about a class session that a request breaks.
public enum ClassRuleViolation: Error, Equatable, Sendable, CustomStringConvertible {
    case capacityOutOfRange(Int)
    case overCapacity(id: Int64, capacity: Int, enrolled: Int, adding: Int)
    case cancelled(id: Int64, on: CalendarDate)
    case notYetHeld(id: Int64, heldOn: CalendarDate, today: CalendarDate)
    case cancelAfterHeld(id: Int64, heldOn: CalendarDate, on: CalendarDate)
    case scoreForAbsent
    case scoreOutOfRange(Int)
    case scoreRequired(passMark: Int)
    case notEnrolled(id: Int64, badges: [String])

    /// The field at fault, as the CLI's errors name it.
    public var field: String {
        switch self {
        case .capacityOutOfRange, .overCapacity: "capacity"
        case .cancelled, .cancelAfterHeld: "cancelled_on"
        case .notYetHeld: "held_on"
        case .scoreForAbsent, .scoreOutOfRange, .scoreRequired: "score"
        case .notEnrolled: "badge"
        }
    }

    public var problem: String {
        switch self {
        case .capacityOutOfRange(let value):
            "\(value) is outside \(ClassRules.capacityRange.lowerBound)–\(ClassRules.capacityRange.upperBound)"
        case .overCapacity(let id, let capacity, let enrolled, let adding):
            "class \(id) seats \(capacity) and has \(enrolled) enrolled; \(adding) more would be over capacity"
        case .cancelled(let id, let on): "class \(id) was cancelled on \(on)"
        case .notYetHeld(let id, let heldOn, let today): "class \(id) is held on \(heldOn), after today (\(today))"
        case .cancelAfterHeld(let id, let heldOn, let on): "class \(id) was held on \(heldOn), before \(on)"
        case .scoreForAbsent: "an absent officer has no score"
        case .scoreOutOfRange(let score): "\(score) is outside 0–100"
        case .scoreRequired(let passMark): "required for someone present: the assessment has pass mark \(passMark)"
        case .notEnrolled(let id, let badges): "not enrolled in class \(id): \(badges.joined(separator: ", "))"
        }
    }

    public var description: String { "\(field): \(problem)" }
}

extension ClassRules {
    /// Whether an officer whose standing on the module is judged as of a session's day owes it by then: it has
    /// expired, is overdue or failed by that day, or is assigned and due that day. An officer on leave that day
    /// cannot come, and one due only later does not owe it yet.
    public static func owes(_ status: ModuleStatus, dueOn: CalendarDate?, by day: CalendarDate) -> Bool {
        switch status {
        case .expired, .overdue, .failed: true
        case .assigned: dueOn.map { $0 <= day } ?? false
        case .current, .expiring, .waived, .onLeave: false
        }
    }
}
