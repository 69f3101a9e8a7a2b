import GRDB
import MusterCore

extension CommandContext {
    func addOfficer(_ given: Officer) throws -> CommandResult {
        let officer = try validated(given)
        if try storedOfficer(officer.badge) != nil { throw StoreError.duplicateBadge(officer.badge) }
        try insert(officer)
        try audit(action: "addOfficer", entity: .officer, key: officer.badge, before: nil)
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

    func importOfficers(_ rows: [OfficerImportRow], sync: Bool) throws -> OfficerImportSummary {
        var summary = OfficerImportSummary()
        var seen = Set<String>()
        for row in rows {
            let badge = try nonEmpty(row.badge, field: "badge")
            guard seen.insert(badge).inserted else { throw StoreError.duplicateBadge(badge) }
            var normalised = row
            normalised.badge = badge
            let existing = try storedOfficer(badge)
            let officer = try validated(normalised.officer(mergedOver: existing))
            if let existing {
                if try update(from: existing, to: officer, action: "importOfficers") {
                    summary.updated += 1
                } else {
                    summary.unchanged += 1
                }
            } else {
                try insert(officer)
                try audit(action: "importOfficers", entity: .officer, key: badge, before: nil)
                summary.new += 1
            }
        }
        if sync {
            let cursor = try Row.fetchAll(db, sql: "SELECT * FROM officer WHERE status <> 'separated' ORDER BY badge")
            for row in cursor {
                let officer = RowDecoding.officer(row)
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

    private func validated(_ given: Officer) throws -> Officer {
        var officer = given
        officer.badge = try nonEmpty(officer.badge, field: "badge")
        officer.lastName = try nonEmpty(officer.lastName, field: "last_name")
        officer.firstName = try nonEmpty(officer.firstName, field: "first_name")
        func clean(_ value: String?) -> String? {
            guard let trimmed = value?.trimmingCharacters(in: .whitespaces), !trimmed.isEmpty else { return nil }
            return trimmed
        }
        officer.unit = clean(officer.unit)
        officer.rank = clean(officer.rank)
        officer.email = clean(officer.email)
        officer.login = clean(officer.login)
        if let hireDate = officer.hireDate { try notInFuture(hireDate, field: "hire_date") }
        if let login = officer.login,
           let holder = try String.fetchOne(
               db.cachedStatement(sql: "SELECT badge FROM officer WHERE login = ? AND badge <> ? LIMIT 1"),
               arguments: [login, officer.badge]) {
            throw StoreError.invalidField(field: "login", problem: "'\(login)' already belongs to officer '\(holder)'")
        }
        return officer
    }

    private func insert(_ officer: Officer) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO officer (badge, last_name, first_name, unit, rank, email, login, hire_date, status)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        try statement.execute(arguments: [
            officer.badge, officer.lastName, officer.firstName, officer.unit, officer.rank, officer.email,
            officer.login, officer.hireDate?.iso, officer.status.rawValue,
        ])
    }

    /// Writes `new` over `old` and audits it; returns false (and writes nothing) when nothing changed.
    private func update(from old: Officer, to new: Officer, action: String) throws -> Bool {
        guard old != new else { return false }
        let before = try AuditEntity.officer.snapshot(db, key: old.badge)
        let statement = try db.cachedStatement(sql: """
            UPDATE officer SET last_name = ?, first_name = ?, unit = ?, rank = ?, email = ?, login = ?,
                hire_date = ?, status = ? WHERE badge = ?
            """)
        try statement.execute(arguments: [
            new.lastName, new.firstName, new.unit, new.rank, new.email, new.login, new.hireDate?.iso,
            new.status.rawValue, old.badge,
        ])
        try audit(action: action, entity: .officer, key: old.badge, before: before)
        return true
    }
}
