import GRDB
import MusterCore

/// A fact an officer command is about to record.
struct PlannedFact: Equatable {
    var kind: OfficerFact.Kind
    var on: CalendarDate
}

extension CommandContext {
    /// The officer's facts, oldest first (then in recording order).
    func facts(of badge: String) throws -> [OfficerFact] {
        let statement = try db.cachedStatement(sql: """
            SELECT \(OfficerFactRow.columns()) FROM officer_fact WHERE badge = ? ORDER BY on_date, id
            """)
        return try Row.fetchAll(statement, arguments: [badge]).compactMap(OfficerFactRow.decode)
    }

    /// Stores the fact with its audit event.
    func recordFact(_ planned: PlannedFact, badge: String, action: String) throws -> OfficerFact {
        try db.cachedStatement(sql: OfficerFactRow.insert)
            .execute(arguments: OfficerFactRow.arguments(badge: badge, kind: planned.kind, on: planned.on, recordedAt: occurredAt))
        let fact = OfficerFact(id: db.lastInsertedRowID, badge: badge, on: planned.on, kind: planned.kind)
        try audit(action: action, entity: .officerFact, key: String(fact.id), before: nil)
        switch fact.kind {
        case .separated: separationsInForce?[badge] = fact.on
        case .reinstated: separationsInForce?[badge] = nil
        default: break
        }
        return fact
    }

    /// The facts that taking `existing` to `edited`'s unit and to `status` (nil: unchanged) make, from `given`
    /// (nil: today); `dateField` names the date in refusals. Throws the first rule the dates break.
    func plannedFacts(
        from existing: Officer, to edited: Officer, status requested: Officer.Status?, on given: CalendarDate?,
        leaveUntil: CalendarDate?, dateField: String, known: [OfficerFact]
    ) throws -> [PlannedFact] {
        let on = given ?? today
        let timeline = OfficerTimeline(officer: existing, facts: known)
        let current = Self.status(of: timeline, on: today)
        func refuse(_ problem: String) -> StoreError {
            .invalidField(field: dateField, problem: "\(on) is before \(problem)")
        }
        func checkDate() throws {
            try notInFuture(on, field: dateField)
            if let hired = edited.hireDate, on < hired { throw refuse("the hire date \(hired) of officer '\(existing.badge)'") }
        }
        var planned: [PlannedFact] = []
        if edited.unit != existing.unit {
            try checkDate()
            if let moved = timeline.joinedUnit(asOf: today), on < moved {
                throw refuse("officer '\(existing.badge)''s last unit move, on \(moved)")
            }
            planned.append(PlannedFact(kind: .unitChange(from: existing.unit, to: edited.unit), on: on))
        }
        guard let requested else { return planned }
        switch (current, requested) {
        case (.separated, .separated):
            throw StoreError.alreadySeparated(existing.badge)
        case (.leave, .leave):
            guard given == nil, leaveUntil == nil else {
                let since = timeline.leave(on: today)?.from.map { " since \($0)" } ?? ""
                throw StoreError.invalidField(
                    field: "status", problem: "officer '\(existing.badge)' is already on leave\(since); record the return first")
            }
        case (.active, .active):
            break
        case (.separated, .leave):
            throw StoreError.invalidField(
                field: "status", problem: "officer '\(existing.badge)' is separated; reinstate them (status active) first")
        case (_, .separated):
            try checkDate()
            if let back = timeline.servingSince(asOf: today), on < back {
                throw refuse("officer '\(existing.badge)''s service began, on \(back)")
            }
            planned.append(PlannedFact(kind: .separated, on: on))
        case (.active, .leave):
            try checkDate()
            try RecordRules.checkPeriod(from: on, until: leaveUntil)
            if let back = timeline.servingSince(asOf: today), on < back {
                throw refuse("officer '\(existing.badge)''s service began, on \(back)")
            }
            if let overlapped = timeline.leaves(knownOn: today).last(where: { $0.through.map { on <= $0 } ?? true }) {
                throw refuse("the end of officer '\(existing.badge)''s leave \(Self.words(overlapped))")
            }
            planned.append(PlannedFact(kind: .leave(until: leaveUntil), on: on))
        case (.separated, .active):
            try checkDate()
            if let separated = timeline.separation(asOf: today), on < separated {
                throw refuse("officer '\(existing.badge)''s separation on \(separated)")
            }
            planned.append(PlannedFact(kind: .reinstated, on: on))
        case (.leave, .active):
            try checkDate()
            if let from = timeline.leave(on: today)?.from, on < from {
                throw refuse("the start of officer '\(existing.badge)''s leave on \(from)")
            }
            planned.append(PlannedFact(kind: .returned, on: on))
        }
        return planned
    }

    /// The officer's status on `day` as their timeline says.
    static func status(of timeline: OfficerTimeline, on day: CalendarDate) -> Officer.Status {
        if !timeline.serves(on: day) { return .separated }
        return timeline.leave(on: day) == nil ? .active : .leave
    }

    /// `officer` with the unit and status that `facts` say hold today: the current columns kept in step with
    /// the facts. A column no fact speaks to keeps its value.
    func inStep(_ officer: Officer, facts: [OfficerFact]) -> Officer {
        var result = officer
        let timeline = OfficerTimeline(officer: officer, facts: facts)
        if facts.contains(where: { if case .unitChange = $0.kind { true } else { false } }) {
            result.unit = timeline.unit(on: today)
        }
        if facts.contains(where: { if case .unitChange = $0.kind { false } else { true } }) {
            result.status = Self.status(of: timeline, on: today)
        }
        return result
    }

    /// "from 2026-05-01 through 2026-06-30", as refusals name a leave.
    private static func words(_ leave: LeavePeriod) -> String {
        "from \(leave.from?.iso ?? "the start of the record") through \(leave.through?.iso ?? "its return")"
    }

    // MARK: - Completions after a separation

    /// Refuses a completion dated after the officer's separation, when a separation is in force (no
    /// reinstatement after it). Separations are read once per transaction, set-based, and kept in step by
    /// `recordFact`.
    func refuseAfterSeparation(badge: String, completedOn: CalendarDate) throws {
        if separationsInForce == nil {
            var separations: [String: CalendarDate] = [:]
            // `officer.status` is separated exactly while a separation is in force, since facts are never dated
            // after today.
            let rows = try Row.fetchCursor(db, sql: """
                SELECT o.badge, MAX(f.on_date) FROM officer o JOIN officer_fact f ON f.badge = o.badge AND f.kind = 'separated'
                WHERE o.status = 'separated' GROUP BY o.badge
                """)
            while let row = try rows.next() {
                if let on = RowDecoding.date(row[1]) { separations[row[0]] = on }
            }
            separationsInForce = separations
        }
        if let separated = separationsInForce?[badge], separated < completedOn {
            throw StoreError.completionAfterSeparation(badge: badge, completedOn: completedOn, separatedOn: separated)
        }
    }
}
