import GRDB
import MusterCore

extension CommandContext {
    func addOfficer(_ given: Officer) throws -> CommandResult {
        let officer = try validated(given)
        if try storedOfficer(officer.badge) != nil { throw StoreError.duplicateBadge(officer.badge) }
        if let agency = officer.agency { try requireAgency(agency) }
        try insert(officer, action: "addOfficer")
        // An officer added as separated or on leave is so from today: their status needs a fact behind it.
        for fact in Self.arrivalFacts(of: officer, on: today) {
            _ = try recordFact(fact, badge: officer.badge, action: "addOfficer")
        }
        return .officerAdded(badge: officer.badge)
    }

    /// Unit and status changes become dated facts (`OfficerFact`); the officer's `unit` and `status` columns
    /// then say what those facts make of today.
    func editOfficer(badge: String, changes: OfficerChanges) throws -> CommandResult {
        let existing = try requireOfficer(badge)
        if changes.effectiveOn != nil, changes.unit == nil, changes.status == nil {
            throw StoreError.invalidField(field: "on", problem: "only a unit or status change takes a date")
        }
        if changes.leaveUntil != nil, changes.status != .leave {
            throw StoreError.invalidField(field: "until", problem: "only a leave has an end (give the status leave)")
        }
        let edited = try validated(changes.applied(to: existing))
        let changed = try write(
            existing, edited, status: changes.status, on: changes.effectiveOn, leaveUntil: changes.leaveUntil,
            dateField: "on", action: "editOfficer")
        return .officerEdited(badge: badge, changed: changed)
    }

    func separateOfficer(badge: String, on: CalendarDate?) throws -> CommandResult {
        let existing = try requireOfficer(badge)
        if existing.status == .separated { throw StoreError.alreadySeparated(badge) }
        var separated = existing
        separated.status = .separated
        _ = try write(existing, separated, status: .separated, on: on, leaveUntil: nil, dateField: "on",
                      action: "separateOfficer")
        return .officerSeparated(badge: badge)
    }

    /// Writes `edited` over `existing`, with the facts its unit change and `status` make, and the current
    /// columns as those facts leave them; audits each. Returns whether anything changed.
    func write(
        _ existing: Officer, _ edited: Officer, status: Officer.Status?, on: CalendarDate?, leaveUntil: CalendarDate?,
        dateField: String, action: String
    ) throws -> Bool {
        guard edited.unit != existing.unit || status != nil else {
            return try update(from: existing, to: edited, action: action)
        }
        let known = try facts(of: existing.badge)
        let planned = try plannedFacts(
            from: existing, to: edited, status: status, on: on, leaveUntil: leaveUntil, dateField: dateField, known: known)
        var recorded = known
        for fact in planned { recorded.append(try recordFact(fact, badge: existing.badge, action: action)) }
        let updated = try update(from: existing, to: inStep(edited, facts: recorded), action: action)
        return updated || !planned.isEmpty
    }

    /// The facts behind a new officer's status: separated, or on an open leave, from `on`.
    static func arrivalFacts(of officer: Officer, on: CalendarDate) -> [PlannedFact] {
        switch officer.status {
        case .active: []
        case .leave: [PlannedFact(kind: .leave(until: nil), on: on)]
        case .separated: [PlannedFact(kind: .separated, on: on)]
        }
    }

    // MARK: - Helpers

    /// The stored officers among `badges`, by badge, in a few chunked queries.
    func storedOfficers(_ badges: [String]) throws -> [String: Officer] {
        var found: [String: Officer] = [:]
        let unique = Array(Set(badges))
        // Chunks stay under SQLite's host-parameter limit.
        for start in stride(from: 0, to: unique.count, by: 500) {
            let chunk = unique[start..<min(start + 500, unique.count)]
            let marks = repeatElement("?", count: chunk.count).joined(separator: ", ")
            let rows = try Row.fetchCursor(
                db, sql: OfficerColumn.select + " WHERE o.badge IN (\(marks))", arguments: StatementArguments(chunk))
            while let row = try rows.next() {
                let officer = OfficerColumn.officer(row)
                found[officer.badge] = officer
            }
        }
        return found
    }

    /// Trims and checks the officer; `logins`, when given, answers the login check instead of a query.
    func validated(_ given: Officer, logins: LoginHolders? = nil) throws -> Officer {
        var officer = given
        officer.badge = try RecordRules.nonEmpty(officer.badge, field: "badge")
        officer.lastName = try RecordRules.nonEmpty(officer.lastName, field: "last_name")
        officer.firstName = try RecordRules.nonEmpty(officer.firstName, field: "first_name")
        func clean(_ value: String?) -> String? {
            guard let trimmed = value?.trimmedWhitespace(), !trimmed.isEmpty else { return nil }
            return trimmed
        }
        officer.unit = try clean(officer.unit).map(storedUnitName)
        officer.rank = clean(officer.rank)
        officer.email = clean(officer.email)
        officer.login = clean(officer.login)
        if let hireDate = officer.hireDate { try notInFuture(hireDate, field: "hire_date") }
        if let login = officer.login {
            let holder: String?
            if let logins {
                holder = logins.otherHolder(of: login, besides: officer.badge)
            } else {
                holder = try String.fetchOne(
                    db.cachedStatement(sql: "SELECT badge FROM officer WHERE login = ? AND badge <> ? LIMIT 1"),
                    arguments: [login, officer.badge])
            }
            if let holder {
                throw StoreError.invalidField(field: "login", problem: "'\(login)' already belongs to officer '\(holder)'")
            }
        }
        return officer
    }

    /// The name a unit is stored under: the known unit's first-stored spelling, whatever the case and spacing
    /// given, else the given name tidied (`UnitRegistry`).
    func storedUnitName(_ given: String) throws -> String {
        if unitRegistry == nil { unitRegistry = try SQLiteRecordStore.unitRegistry(db) }
        return unitRegistry!.resolve(given)
    }

    func insert(_ officer: Officer, action: String) throws {
        try insertRow(officer)
        try auditOfficer(officer, action: action, before: nil)
    }

    /// Inserts the officer's row only (its event is the caller's business).
    func insertRow(_ officer: Officer) throws {
        let insert = try bound(.officerInsert)
        OfficerColumn.bind(officer, to: insert)
        try insert.execute()
        existingBadges.insert(officer.badge)
    }

    /// Writes `new` over `old` and audits it; returns false (and writes nothing) when nothing changed.
    func update(from old: Officer, to new: Officer, action: String) throws -> Bool {
        guard old != new else { return false }
        let before = try AuditEntity.officer.snapshot(db, key: old.badge)
        var written = new
        written.badge = old.badge
        let update = try bound(.officerUpdate)
        OfficerColumn.bind(written, to: update)
        try update.execute()
        try auditOfficer(written, action: action, before: before)
        return true
    }

    /// The officer's event, its after-state built from the values just written when the table allows.
    private func auditOfficer(_ officer: Officer, action: String, before: String?) throws {
        guard try statesFromValues(.officer) else {
            return try audit(action: action, entity: .officer, key: officer.badge, before: before)
        }
        stateWriter.removeAll()
        RecordState.officer(officer, into: &stateWriter)
        try auditWrittenState(action: action, entity: .officer, key: officer.badge, before: before.map { Array($0.utf8) })
    }
}
