import GRDB
import MusterCore

/// A completion request checked against the records and resolved to what would be stored.
struct ResolvedCompletion: Sendable {
    var badge: String
    /// The version it is recorded against.
    var module: LoadedModule
    var completedOn: CalendarDate
    /// `completedOn` as stored, spelled once for the duplicate check and the insert.
    var completedOnText: String
    var result: Completion.Result
    var score: Int?
    var hours: Double?
    var instructor: String?
    var sessionID: Int64?

    /// Settles what the rules decide without the database: the day, the version of `versions` it belongs to
    /// (`RecordRules.completionVersion`), then by that version's pass mark the result (`SettledCompletion`). The
    /// caller has trimmed `badge`, checked that it exists, and checks the session afterwards.
    init(settling request: CompletionRequest, badge: String, versions: LoadedVersions, today: CalendarDate) throws {
        let completedOn = request.completedOn ?? today
        try RecordRules.notInFuture(completedOn, field: "completed_on", today: today)
        let module = try versions.forCompletion(named: request.version, on: completedOn)
        let settled = try SettledCompletion(settling: request, passMark: module.module.assessment.passMark, today: today)
        self.badge = badge
        self.module = module
        self.completedOn = settled.completedOn
        self.completedOnText = settled.completedOn.iso
        self.result = settled.result
        self.score = settled.score
        self.hours = settled.hours
        self.instructor = settled.instructor
        self.sessionID = request.sessionID
    }

    /// What makes this entry a duplicate of another (`CompletionAttempt`).
    var attempt: CompletionAttempt {
        CompletionAttempt(badge: badge, moduleID: module.module.id, completedOn: completedOn, result: result)
    }

    /// The completion as stored under `id`.
    func inserted(id: Int64) -> InsertedCompletion {
        InsertedCompletion(
            id: id, badge: badge, moduleID: module.module.id, moduleVersion: module.versionText,
            completedOn: completedOn, result: result.rawValue, score: score, hours: hours, instructor: instructor,
            sessionID: sessionID)
    }
}

extension CommandContext {
    /// Validates a request and settles its version, date and result; throws the first rule it breaks.
    func resolve(_ request: CompletionRequest) throws -> ResolvedCompletion {
        let badge = try RecordRules.nonEmpty(request.badge, field: "badge")
        try requireBadge(badge)
        let resolved = try ResolvedCompletion(
            settling: request, badge: badge, versions: try requireVersions(request.moduleID), today: today)
        if let sessionID = request.sessionID { try requireSession(sessionID) }
        try refuseAfterSeparation(badge: badge, completedOn: resolved.completedOn)
        return resolved
    }

    /// Stores the completion, unless an identical one (`IdenticalCompletion`) is on record: then nothing is
    /// written and its id comes back.
    func recordCompletion(_ request: CompletionRequest) throws -> CommandResult {
        let completion = try resolve(request)
        if let id = try completionOnRecord(identicalTo: completion) { return .completionAlreadyOnRecord(id: id) }
        let id = try store(completion)
        return .completionRecorded(id: id, version: completion.module.module.version, result: completion.result)
    }

    /// The first completion on record identical to `completion`, by the core's rule.
    private func completionOnRecord(identicalTo completion: ResolvedCompletion) throws -> Int64? {
        let identical = IdenticalCompletion(
            badge: completion.badge, moduleID: completion.module.module.id, version: completion.module.module.version,
            completedOn: completion.completedOn, result: completion.result, hours: completion.hours)
        let candidates = try db.cachedStatement(sql: """
            SELECT * FROM completion
            WHERE badge = ? AND module_id = ? AND completed_on = ? AND result = ? AND voided_reason IS NULL ORDER BY id
            """)
        let rows = try Row.fetchCursor(candidates, arguments: [
            completion.badge, completion.module.module.id, completion.completedOnText, completion.result.rawValue,
        ])
        while let row = try rows.next() {
            let stored = RowDecoding.completion(row)
            if identical.isRecorded(by: stored) { return stored.id }
        }
        return nil
    }

    func recordRoster(_ request: RosterRequest) throws -> RosterSummary {
        var summary = RosterSummary()
        if let session = request.session {
            summary.sessionID = try sameSession(as: session) ?? createSession(session)
        }
        summary.newIDs.reserveCapacity(request.entries.count)
        // Only a roster whose rows spread over the module-and-date index needs a cache to match: with that index
        // deferred, the usual one holds what a roster touches, and a larger one would only hold its pages until
        // the commit writes them all at once (Benchmarks/README.md has the figures).
        let cachedRows = try completionsHaveOnlyOfficerIndex() ? 0 : request.entries.count
        try withPageCache(forRows: cachedRows) {
            if request.entries.count >= Self.pipelinedRosterSize, try statesFromValues(.completion) {
                return try recordPipelined(request.entries, summary: &summary)
            }
            var duplicates = RosterDuplicates(capacity: request.entries.count)
            for var entry in request.entries {
                if entry.sessionID == nil { entry.sessionID = summary.sessionID }
                let resolved = try resolve(entry)
                if try duplicates.isDuplicate(resolved, in: self) {
                    summary.duplicates += 1
                    continue
                }
                summary.newIDs.append(try store(resolved))
            }
        }
        return summary
    }

    /// Rosters (and imports) from this size on have their audit events built on a second thread.
    static let pipelinedRosterSize = 2_048

    /// The roster with its entries checked by a `RosterResolver`, its completions inserted here and their
    /// events built by an `AuditPipeline` meanwhile: three threads, of which only this one uses SQLite.
    ///
    /// Completions get their ids here, in order after the newest stored one, so that a group of them can go
    /// in one statement (`completionRowsPerStatement`).
    private func recordPipelined(_ entries: [CompletionRequest], summary: inout RosterSummary) throws {
        let resolver = RosterResolver(entries, defaultSession: summary.sessionID, modules: try everyLoadedModule(),
                                      today: today)
        defer { resolver.cancel() }
        let latest = try keepsLatestItself() ? CompletionLatestTally() : nil
        let pipeline = makeAuditPipeline(action: InsertedCompletion.action, entity: .completion,
                                         describe: InsertedCompletion.describe, alongside: latest?.note)
        let rowsPerStatement = try completionRowsPerStatement()
        var pending: [ResolvedCompletion] = []
        pending.reserveCapacity(rowsPerStatement)
        var nextID = (try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM completion") ?? 0) + 1
        // The roster's repeats are the resolver's to find; this keeps what the table knows.
        var duplicates = RosterDuplicates(capacity: 0)
        while let chunk = resolver.next() {
            for entry in chunk {
                if let badge = entry.newBadge { try requireBadge(badge) }
                let resolved = try entry.outcome.get()
                if let session = entry.newSession { try requireSession(session) }
                try refuseAfterSeparation(badge: resolved.badge, completedOn: resolved.completedOn)
                if try duplicates.isDuplicate(resolved, officer: entry.officer, firstOfOfficer: entry.newBadge != nil,
                                              repeated: entry.repeated, in: self) {
                    summary.duplicates += 1
                    continue
                }
                let id = nextID
                nextID += 1
                pending.append(resolved)
                if pending.count == rowsPerStatement {
                    try insertRows(pending, firstID: id - Int64(pending.count) + 1)
                    pending.removeAll(keepingCapacity: true)
                }
                summary.newIDs.append(id)
                try pipeline.add(resolved.inserted(id: id), insert: appendEvents)
            }
        }
        if !pending.isEmpty { try insertRows(pending, firstID: nextID - Int64(pending.count)) }
        try pipeline.finish(insert: appendEvents)
        for row in latest?.rows ?? [] { try keepLatest(row.newest, earliest: row.earliest) }
    }

    /// Whether `completion` has only its index by officer, which a roster's rows fill in runs: a bulk load has
    /// deferred the others. New completions then touch few pages besides the ones they append.
    private func completionsHaveOnlyOfficerIndex() throws -> Bool {
        let indexes = try Int.fetchOne(
            db, sql: "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'completion'") ?? 0
        return indexes <= 1
    }

    /// Completions per insert statement. Several rows share one statement's work while `completion` has only
    /// the index by officer. With the module-and-date index in place it is one: a statement of several rows
    /// keeps a statement journal (the pages it changed, so it can be undone alone), and rows spread over that
    /// index touch a new page each, so the journal outgrows memory and costs more writes than the shared
    /// statement saves.
    private func completionRowsPerStatement() throws -> Int {
        try completionsHaveOnlyOfficerIndex() ? MultiRowSQL.rowsPerStatement : 1
    }

    /// Inserts completions with the ids `firstID`, `firstID + 1`, … in one statement, their text laid out in
    /// one buffer and bound in place. A nil `firstID` lets SQLite pick the ids.
    private func insertRows(_ completions: [ResolvedCompletion], firstID: Int64?) throws {
        let insert = try bound(.completions, rows: completions.count)
        var text = TextPieces(bytes: completions.count * 96, pieces: completions.count * Self.textPerCompletion)
        for completion in completions {
            text.append(completion.badge.utf8)
            text.append(completion.module.module.id.utf8)
            text.append(completion.module.versionText.utf8)
            text.append(completion.completedOnText.utf8)
            text.append(completion.result.rawValue.utf8)
            text.append((completion.instructor ?? "").utf8)
        }
        try text.bytes.withUnsafeBufferPointer { bytes in
            func piece(_ number: Int) -> UnsafeBufferPointer<UInt8> { .init(rebasing: bytes[text.range(number)]) }
            var column: Int32 = 1
            for (offset, completion) in completions.enumerated() {
                let first = offset * Self.textPerCompletion
                insert.bind(firstID.map { $0 + Int64(offset) }, at: column)
                for field in 0..<5 { insert.bindInPlace(utf8: piece(first + field), at: column + 1 + Int32(field)) }
                insert.bind(completion.score, at: column + 6)
                insert.bind(completion.hours, at: column + 7)
                if completion.instructor == nil {
                    insert.bind(nil as String?, at: column + 8)
                } else {
                    insert.bindInPlace(utf8: piece(first + 5), at: column + 8)
                }
                insert.bind(completion.sessionID, at: column + 9)
                column += MultiRowSQL.completions.columnsPerRow
            }
            try insert.execute()
        }
    }

    /// The text fields of a completion row, in `MultiRowSQL.completions` order: badge, module, version, date,
    /// result and instructor.
    private static let textPerCompletion = 6

    func voidCompletion(id: Int64, reason: String) throws -> CommandResult {
        let reason = try RecordRules.nonEmpty(reason, field: "reason")
        let statement = try db.cachedStatement(sql: "SELECT * FROM completion WHERE id = ?")
        guard let row = try Row.fetchOne(statement, arguments: [id]) else { throw StoreError.unknownCompletion(id) }
        if let existing: String = row["voided_reason"] { throw StoreError.alreadyVoided(id: id, reason: existing) }
        let before = CanonicalJSON.object(of: row)
        try db.cachedStatement(sql: "UPDATE completion SET voided_reason = ?, voided_at = ?, voided_by = ? WHERE id = ?")
            .execute(arguments: [reason, occurredAt, actor, id])
        try audit(action: "voidCompletion", entity: .completion, key: String(id), before: before)
        return .completionVoided(id: id)
    }

    /// Inserts the completion and appends its event; returns the new id.
    private func store(_ completion: ResolvedCompletion) throws -> Int64 {
        guard try statesFromValues(.completion) else { return try storeReadingBack(completion) }
        let id = try insertRow(completion)
        let inserted = completion.inserted(id: id)
        if try keepsLatestItself() { try keepLatest(inserted) }
        stateWriter.removeAll()
        _ = InsertedCompletion.describe(inserted, into: &stateWriter)
        try auditWrittenState(action: InsertedCompletion.action, entity: .completion, key: String(id))
        return id
    }

    /// Inserts the completion row only (its event is the caller's business); returns the new id.
    private func insertRow(_ completion: ResolvedCompletion) throws -> Int64 {
        try insertRows([completion], firstID: nil)
        return db.lastInsertedRowID
    }

    /// The general path, for a completion table with columns `RecordState` does not know: the event's
    /// after-state is the row read back with `SELECT`. (Not `INSERT … RETURNING *`: SQLite 3.40 returns a
    /// whole-number REAL such as hours 4.0 as the integer 4, which is not what verification reads back.)
    private func storeReadingBack(_ completion: ResolvedCompletion) throws -> Int64 {
        let statement = try db.cachedStatement(sql: MultiRowSQL.completions.sql(rows: 1))
        try statement.execute(arguments: [
            nil, completion.badge, completion.module.module.id, completion.module.versionText, completion.completedOnText,
            completion.result.rawValue, completion.score, completion.hours, completion.instructor, completion.sessionID,
        ])
        let id = db.lastInsertedRowID
        if try keepsLatestItself() { try keepLatest(completion.inserted(id: id)) }
        try audit(action: "recordCompletion", entity: .completion, key: String(id), before: nil)
        return id
    }

    // MARK: - Sessions, assignments, waivers

    func createSession(_ request: SessionRequest) throws -> Int64 {
        _ = try requireModule(request.moduleID)
        try notInFuture(request.heldOn, field: "held_on")
        try db.execute(
            sql: "INSERT INTO class_session (module_id, held_on, instructor, location) VALUES (?, ?, ?, ?)",
            arguments: [request.moduleID, request.heldOn.iso, request.instructor, request.location])
        let id = db.lastInsertedRowID
        try audit(action: "createSession", entity: .classSession, key: String(id), before: nil)
        return id
    }

    func assign(_ request: AssignmentRequest) throws -> CommandResult {
        var moduleID: String?
        var certificationID: String?
        switch request.target {
        case .module(let id):
            guard try newestModule(id) != nil else { throw StoreError.unknownModule(id) }
            moduleID = id
        case .certification(let id):
            guard try certificationExists(id) else { throw StoreError.unknownCertification(id) }
            certificationID = id
        }
        var badge: String?
        var unit: String?
        switch request.assignee {
        case .officer(let given):
            badge = try requireOfficer(given).badge
        case .unit(let given):
            // Any spelling of a unit names it (`UnitRegistry`); the assignment keeps the one first stored.
            if unitRegistry == nil { unitRegistry = try SQLiteRecordStore.unitRegistry(db) }
            let registry = unitRegistry!
            let spellings = registry.spellings(of: given)
            let marks = spellings.map { _ in "?" }.joined(separator: ", ")
            guard !spellings.isEmpty, try Bool.fetchOne(
                db, sql: "SELECT 1 FROM officer WHERE unit IN (\(marks)) LIMIT 1", arguments: StatementArguments(spellings)) == true
            else { throw StoreError.unknownUnit(given) }
            unit = registry.name(of: given)
        }
        let assignedOn = request.assignedOn ?? today
        try notInFuture(assignedOn, field: "assigned_on")
        // A later start is allowed: an assignment can be made now for a policy that begins next quarter.
        let from = request.from ?? assignedOn
        let newMembersWithinDays = request.newMembersWithinDays ?? Assignment.defaultNewMembersWithinDays
        try RecordRules.checkNewMembersWithinDays(newMembersWithinDays)
        let assignee: Assignment.Assignee = badge.map { .officer(badge: $0) } ?? .unit(unit ?? "")
        if let id = try repeatedAssignment(target: request.target, assignee: assignee, dueOn: request.dueOn,
                                           from: request.from, newMembersWithinDays: newMembersWithinDays) {
            return .alreadyAssigned(id: id)
        }
        try db.execute(
            sql: """
                INSERT INTO assignment (module_id, certification_id, badge, unit, due_on, assigned_on, from_on,
                                        new_members_within_days)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [moduleID, certificationID, badge, unit, request.dueOn?.iso, assignedOn.iso, from.iso,
                        newMembersWithinDays])
        let id = db.lastInsertedRowID
        try audit(action: "assign", entity: .assignment, key: String(id), before: nil)
        return .assigned(id: id)
    }

    /// Ends an assignment on `on` (today when nil), its first day no longer in force: dated, never a delete.
    func endAssignment(id: Int64, on: CalendarDate?) throws -> CommandResult {
        let statement = try db.cachedStatement(sql: "SELECT * FROM assignment WHERE id = ?")
        guard let row = try Row.fetchOne(statement, arguments: [id]) else {
            throw StoreError.invalidField(field: "assignment", problem: "no assignment has id \(id)")
        }
        let assignment = RowDecoding.assignment(row)
        let endedOn = on ?? today
        if let refusal = AssignmentEnding.refusal(String(id), from: assignment.from, endedOn: assignment.endedOn, endingOn: endedOn) {
            throw StoreError.invalidField(field: refusal.field, problem: refusal.problem)
        }
        let before = CanonicalJSON.object(of: row)
        try db.execute(sql: "UPDATE assignment SET ended_on = ? WHERE id = ?", arguments: [endedOn.iso, id])
        try audit(action: "endAssignment", entity: .assignment, key: String(id), before: before)
        return .assignmentEnded(id: id)
    }

    func waive(_ request: WaiverRequest) throws -> CommandResult {
        let badge = try requireOfficer(request.badge).badge
        _ = try requireModule(request.moduleID)
        let reason = try RecordRules.nonEmpty(request.reason, field: "reason")
        let from = request.from ?? today
        try RecordRules.checkPeriod(from: from, until: request.until)
        try db.execute(
            sql: "INSERT INTO waiver (badge, module_id, reason, valid_from, valid_until) VALUES (?, ?, ?, ?, ?)",
            arguments: [badge, request.moduleID, reason, from.iso, request.until?.iso])
        let id = db.lastInsertedRowID
        try audit(action: "waive", entity: .waiver, key: String(id), before: nil)
        return .waived(id: id)
    }

    // MARK: - Roles

    func grantRole(login: String, role: Role) throws -> CommandResult {
        let login = try RecordRules.nonEmpty(login, field: "login")
        if try activeGrantID(login: login, role: role) != nil {
            return .roleGranted(login: login, role: role, changed: false)
        }
        try db.execute(
            sql: "INSERT INTO user_role (login, role, granted_at, granted_by) VALUES (?, ?, ?, ?)",
            arguments: [login, role.rawValue, occurredAt, actor])
        try audit(action: "grantRole", entity: .userRole, key: String(db.lastInsertedRowID), before: nil)
        return .roleGranted(login: login, role: role, changed: true)
    }

    func revokeRole(login: String, role: Role) throws -> CommandResult {
        guard let id = try activeGrantID(login: login, role: role) else {
            throw StoreError.roleNotHeld(login: login, role: role)
        }
        let before = try AuditEntity.userRole.snapshot(db, key: String(id))
        try db.execute(
            sql: "UPDATE user_role SET revoked_at = ?, revoked_by = ? WHERE id = ?",
            arguments: [occurredAt, actor, id])
        try audit(action: "revokeRole", entity: .userRole, key: String(id), before: before)
        return .roleRevoked(login: login, role: role)
    }

    private func activeGrantID(login: String, role: Role) throws -> Int64? {
        try Int64.fetchOne(
            db, sql: "SELECT id FROM user_role WHERE login = ? AND role = ? AND revoked_at IS NULL LIMIT 1",
            arguments: [login, role.rawValue])
    }
}
