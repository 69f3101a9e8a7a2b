import GRDB
import MusterCore

extension CommandContext {
    static let importAction = "importOfficers"

    /// Unit moves and status changes the rows bring, and the separations `sync` makes, are facts dated
    /// `effective` (nil: today). A first import into an empty table writes facts only for officers arriving
    /// separated or on leave, after the officers themselves.
    func importOfficers(_ rows: [OfficerImportRow], sync: Bool, effective: CalendarDate?) throws -> OfficerImportSummary {
        if let effective { try notInFuture(effective, field: "effective") }
        let factsOn = effective ?? today
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
        // Facts of new officers wait for the pipeline: nothing else may append events while it runs.
        var arrivals: [(badge: String, fact: PlannedFact)] = []
        func writeRows() throws {
            for row in rows {
                let badge = try RecordRules.nonEmpty(row.badge, field: "badge")
                guard seen.insert(badge).inserted else { throw StoreError.duplicateBadge(badge) }
                var normalised = row
                normalised.badge = badge
                let existing = stored[badge]
                // A file lists the officers serving: one stored as separated that it lists without a status
                // has been rehired.
                if existing?.status == .separated, normalised.status == nil { normalised.status = .active }
                let officer = try validated(normalised.officer(mergedOver: existing), logins: logins)
                if let existing {
                    let status = officer.status == existing.status ? nil : officer.status
                    if try write(existing, officer, status: status, on: effective, leaveUntil: nil, dateField: "effective",
                                 action: Self.importAction) {
                        logins.move(badge, from: existing.login, to: officer.login)
                        summary.updated += 1
                        if existing.status == .separated, officer.status != .separated { summary.rehired += 1 }
                        if let change = OfficerImportChange.between(existing, officer) { summary.changes.append(change) }
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
                    for fact in Self.arrivalFacts(of: officer, on: factsOn) {
                        if let hired = officer.hireDate, factsOn < hired {
                            throw StoreError.invalidField(
                                field: "effective", problem: "\(factsOn) is before the hire date \(hired) of officer '\(badge)'")
                        }
                        arrivals.append((badge, fact))
                    }
                    logins.move(badge, from: nil, to: officer.login)
                    summary.new += 1
                    if let change = OfficerImportChange.between(nil, officer) { summary.changes.append(change) }
                }
            }
            try pipeline?.finish(insert: appendEvents)
        }
        try withPageCache(forRows: rows.count) {
            // A first import into an empty table: its indexes are built once, from all its rows.
            if pipelined { try buildingIndexesAfter(on: "officer", writeRows) } else { try writeRows() }
        }
        for arrival in arrivals { _ = try recordFact(arrival.fact, badge: arrival.badge, action: Self.importAction) }
        // The file is the home agency's roster: a partner agency's officers are not in it and stay as they are.
        if sync {
            let cursor = try Row.fetchAll(db, sql: OfficerColumn.select + " WHERE o.status <> 'separated' AND o.agency IS NULL ORDER BY o.badge")
            for row in cursor {
                let officer = OfficerColumn.officer(row)
                guard !seen.contains(officer.badge) else { continue }
                var separated = officer
                separated.status = .separated
                _ = try write(officer, separated, status: .separated, on: effective, leaveUntil: nil, dateField: "effective",
                              action: "importOfficers.sync")
                summary.separated += 1
                if let change = OfficerImportChange.between(officer, separated) { summary.changes.append(change) }
            }
        }
        return summary
    }
}
