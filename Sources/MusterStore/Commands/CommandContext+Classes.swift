import GRDB
import MusterCore

/// Scheduled class sessions: scheduling, cancelling, enrolling, marking attendance and recording the present
/// officers' completions, each checked by `ClassRules` and audited like every other write.
extension CommandContext {
    func scheduleClass(_ request: ClassScheduleRequest) throws -> Int64 {
        _ = try requireModule(request.moduleID)
        try ClassRules.checkCapacity(request.capacity)
        try db.execute(
            sql: """
                INSERT INTO class_session (module_id, held_on, instructor, location, starts_at, capacity)
                VALUES (?, ?, ?, ?, ?, ?)
                """,
            arguments: [request.moduleID, request.heldOn.iso, request.instructor?.trimmedWhitespace().nilIfEmpty,
                        request.location?.trimmedWhitespace().nilIfEmpty, request.startsAt?.description, request.capacity])
        let id = db.lastInsertedRowID
        try audit(action: "scheduleClass", entity: .classSession, key: String(id), before: nil)
        if !request.enrol.isEmpty { _ = try enrol(id, request.enrol) }
        return id
    }

    func cancelClass(id: Int64, on: CalendarDate?) throws -> CommandResult {
        let session = try requireScheduledClass(id)
        let day = on ?? today
        try ClassRules.checkCancelling(session, on: day)
        let before = try AuditEntity.classSession.snapshot(db, key: String(id))
        try db.execute(sql: "UPDATE class_session SET cancelled_on = ? WHERE id = ?", arguments: [day.iso, id])
        try audit(action: "cancelClass", entity: .classSession, key: String(id), before: before)
        return .classCancelled(id: id)
    }

    /// Enrols the badges not yet enrolled, in the order given; refuses the lot if they would not all fit.
    func enrol(_ sessionID: Int64, _ badges: [String]) throws -> EnrolmentSummary {
        let session = try requireScheduledClass(sessionID)
        let enrolled = Set(try enrolledBadges(sessionID))
        var summary = EnrolmentSummary()
        var seen = Set<String>()
        for given in badges {
            let badge = try requireOfficer(try RecordRules.nonEmpty(given, field: "badge")).badge
            guard seen.insert(badge).inserted else { continue }
            if enrolled.contains(badge) { summary.alreadyEnrolled.append(badge) } else { summary.added.append(badge) }
        }
        guard !summary.added.isEmpty else { return summary }
        try ClassRules.checkEnrolment(in: session, adding: summary.added.count)
        for badge in summary.added {
            try db.execute(sql: "INSERT INTO class_enrolment (session_id, badge, enrolled_on) VALUES (?, ?, ?)",
                           arguments: [sessionID, badge, today.iso])
            try audit(action: "enrol", entity: .classEnrolment, key: String(db.lastInsertedRowID), before: nil)
        }
        return summary
    }

    /// Marks each badge's enrolment; a badge not enrolled refuses the whole request, naming every such badge.
    func markAttendance(_ request: AttendanceRequest) throws -> CommandResult {
        let session = try requireScheduledClass(request.sessionID)
        let module = try requireVersions(session.moduleID).forCompletion(named: nil, on: session.heldOn).module
        try ClassRules.checkAttendance(in: session, attendance: request.attendance, score: request.score,
                                       passMark: module.assessment.passMark, today: today)
        var rows: [(id: Int64, badge: String)] = []
        var missing: [String] = []
        let lookup = try db.cachedStatement(sql: "SELECT id FROM class_enrolment WHERE session_id = ? AND badge = ?")
        for given in request.badges {
            let badge = try requireOfficer(try RecordRules.nonEmpty(given, field: "badge")).badge
            if let id = try Int64.fetchOne(lookup, arguments: [request.sessionID, badge]) {
                rows.append((id, badge))
            } else {
                missing.append(badge)
            }
        }
        if !missing.isEmpty { throw ClassRuleViolation.notEnrolled(id: request.sessionID, badges: missing) }
        for row in rows {
            let before = try AuditEntity.classEnrolment.snapshot(db, key: String(row.id))
            try db.execute(sql: "UPDATE class_enrolment SET attendance = ?, score = ? WHERE id = ?",
                           arguments: [request.attendance.rawValue, request.score, row.id])
            let after = try AuditEntity.classEnrolment.snapshot(db, key: String(row.id))
            if after != before {
                try audit(action: "markAttendance", entity: .classEnrolment, key: String(row.id), before: before, after: after)
            }
        }
        return .attendanceMarked(sessionID: request.sessionID, badges: rows.map(\.badge))
    }

    /// One completion per officer marked present, dated the session's day, with the hours of the module version
    /// in force that day, through the same path as `record` (`recordCompletion`), which finds those already
    /// on record and writes nothing for them.
    func recordClass(_ sessionID: Int64) throws -> ClassRecordSummary {
        let session = try requireScheduledClass(sessionID)
        try ClassRules.checkRecording(session, today: today)
        let module = try requireVersions(session.moduleID).forCompletion(named: nil, on: session.heldOn).module
        var summary = ClassRecordSummary()
        for enrolment in try enrolments(sessionID) {
            guard enrolment.attendance == .present else {
                summary.notPresent.append(enrolment.badge)
                continue
            }
            let request = CompletionRequest(
                badge: enrolment.badge, moduleID: session.moduleID, completedOn: session.heldOn, score: enrolment.score,
                hours: module.hours, instructor: session.instructor, sessionID: sessionID)
            switch try recordCompletion(request) {
            case .completionRecorded(let id, _, _): summary.newIDs.append(id)
            default: summary.alreadyOnRecord.append(enrolment.badge)
            }
        }
        return summary
    }

    /// A class session already on record for the same module, day, instructor and place, not cancelled: a
    /// roster recorded again joins it rather than making a second, empty one.
    func sameSession(as request: SessionRequest) throws -> Int64? {
        try Int64.fetchOne(db, sql: """
            SELECT id FROM class_session WHERE module_id = ? AND held_on = ? AND instructor IS ? AND location IS ?
              AND cancelled_on IS NULL ORDER BY id LIMIT 1
            """, arguments: [request.moduleID, request.heldOn.iso, request.instructor, request.location])
    }

    // MARK: - Lookups

    func requireScheduledClass(_ id: Int64) throws -> ScheduledClass {
        guard let session = try ClassQueries.scheduledClass(db, id: id) else { throw StoreError.unknownSession(id) }
        return session
    }

    private func enrolledBadges(_ sessionID: Int64) throws -> [String] {
        try String.fetchAll(db, sql: "SELECT badge FROM class_enrolment WHERE session_id = ?", arguments: [sessionID])
    }

    private func enrolments(_ sessionID: Int64) throws -> [ClassEnrolment] {
        try ClassQueries.enrolments(db, sessionID: sessionID)
    }
}

private extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
