import GRDB
import MusterCore

extension CommandContext {
    func addOfficer(_ given: Officer) throws -> CommandResult {
        let officer = try validated(given)
        if try storedOfficer(officer.badge) != nil { throw StoreError.duplicateBadge(officer.badge) }
        try insert(officer, action: "addOfficer")
        return .officerAdded(badge: officer.badge)
    }

    func editOfficer(badge: String, changes: OfficerChanges) throws -> CommandResult {
        let existing = try requireOfficer(badge)
        let edited = try validated(changes.applied(to: existing))
        let changed = try update(from: existing, to: edited, action: "editOfficer")
        return .officerEdited(badge: badge, changed: changed)
    }

    func separateOfficer(badge: String) throws -> CommandResult {
        let existing = try requireOfficer(badge)
        if existing.status == .separated { throw StoreError.alreadySeparated(badge) }
        var separated = existing
        separated.status = .separated
        _ = try update(from: existing, to: separated, action: "separateOfficer")
        return .officerSeparated(badge: badge)
    }

    static let importAction = "importOfficers"

    func importOfficers(_ rows: [OfficerImportRow], sync: Bool) throws -> OfficerImportSummary {
        var summary = OfficerImportSummary()
        var seen = Set<String>(minimumCapacity: rows.count)
        // Everything the rows need from the table, fetched set-based up front: the stored officers they
        // name, and who holds the logins they may end up with.
        let tableIsEmpty = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM officer)") != true
        let stored = tableIsEmpty ? [:] : try storedOfficers(rows.map { $0.badge.trimmedWhitespace() })
        var candidateLogins = Set<String>(minimumCapacity: rows.count)
        for row in rows {
            let login: String?? = row.login ?? stored[row.badge.trimmedWhitespace()]?.login
            if case .some(.some(let text)) = login {
                let trimmed = text.trimmedWhitespace()
                if !trimmed.isEmpty { candidateLogins.insert(trimmed) }
            }
        }
        var logins = try LoginHolders(db, logins: candidateLogins, tableIsEmpty: tableIsEmpty)
        // A first import into an empty table stores only new officers, and their events can be built on a
        // second thread meanwhile.
        let pipelined = try tableIsEmpty && rows.count >= Self.pipelinedRosterSize && statesFromValues(.officer)
        let pipeline = pipelined
            ? makeAuditPipeline(action: Self.importAction, entity: .officer) { (officer: Officer, writer) in
                RecordState.officer(officer, into: &writer)
                return officer.badge
            }
            : nil
        func writeRows() throws {
            for row in rows {
                let badge = try RecordRules.nonEmpty(row.badge, field: "badge")
                guard seen.insert(badge).inserted else { throw StoreError.duplicateBadge(badge) }
                var normalised = row
                normalised.badge = badge
                let existing = stored[badge]
                let officer = try validated(normalised.officer(mergedOver: existing), logins: logins)
                if let existing {
                    if try update(from: existing, to: officer, action: Self.importAction) {
                        logins.move(badge, from: existing.login, to: officer.login)
                        summary.updated += 1
                    } else {
                        summary.unchanged += 1
                    }
                } else {
                    if let pipeline {
                        try insertRow(officer)
                        try pipeline.add(officer, insert: appendEvents)
                    } else {
                        try insert(officer, action: Self.importAction)
                    }
                    logins.move(badge, from: nil, to: officer.login)
                    summary.new += 1
                }
            }
            try pipeline?.finish(insert: appendEvents)
        }
        try withPageCache(forRows: rows.count) {
            // A first import into an empty table: its indexes are built once, from all its rows.
            if pipelined { try buildingIndexesAfter(on: "officer", writeRows) } else { try writeRows() }
        }
        if sync {
            let cursor = try Row.fetchAll(db, sql: OfficerColumn.select + " WHERE o.status <> 'separated' ORDER BY o.badge")
            for row in cursor {
                let officer = OfficerColumn.officer(row)
                guard !seen.contains(officer.badge) else { continue }
                var separated = officer
                separated.status = .separated
                _ = try update(from: officer, to: separated, action: "importOfficers.sync")
                summary.separated += 1
            }
        }
        return summary
    }

    // MARK: - Helpers

    /// The stored officers among `badges`, by badge, in a few chunked queries.
    private func storedOfficers(_ badges: [String]) throws -> [String: Officer] {
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
    private func validated(_ given: Officer, logins: LoginHolders? = nil) throws -> Officer {
        var officer = given
        officer.badge = try RecordRules.nonEmpty(officer.badge, field: "badge")
        officer.lastName = try RecordRules.nonEmpty(officer.lastName, field: "last_name")
        officer.firstName = try RecordRules.nonEmpty(officer.firstName, field: "first_name")
        func clean(_ value: String?) -> String? {
            guard let trimmed = value?.trimmedWhitespace(), !trimmed.isEmpty else { return nil }
            return trimmed
        }
        officer.unit = clean(officer.unit)
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

    private func insert(_ officer: Officer, action: String) throws {
        try insertRow(officer)
        try auditOfficer(officer, action: action, before: nil)
    }

    /// Inserts the officer's row only (its event is the caller's business).
    private func insertRow(_ officer: Officer) throws {
        let insert = try bound(.officerInsert)
        OfficerColumn.bind(officer, to: insert)
        try insert.execute()
        existingBadges.insert(officer.badge)
    }

    /// Writes `new` over `old` and audits it; returns false (and writes nothing) when nothing changed.
    private func update(from old: Officer, to new: Officer, action: String) throws -> Bool {
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
