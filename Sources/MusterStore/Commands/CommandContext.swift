import Foundation
import GRDB
import MusterCore

/// The state of one `apply` transaction: the database, who acts, the one timestamp all its events share,
/// and the head of the audit chain it extends. Lives only inside the write closure.
final class CommandContext {
    let db: Database
    let actor: String
    let occurredAt: String
    let today: CalendarDate
    private var lastEventID: Int64
    /// The newest event's hash, as the 64 hex bytes the next event chains to.
    private var lastHash: [UInt8]
    /// The newest event before this transaction appended any (0 for none).
    let eventIDBefore: Int64
    private var loadedModules: [String: LoadedVersions?] = [:]
    /// Never reset, so each module looked up in the transaction keeps a distinct ordinal.
    private var modulesLookedUp: Int32 = 0
    /// Badges seen to exist in this transaction; officers are never deleted, so a hit stays true.
    var existingBadges = Set<String>()
    /// Class sessions seen to exist in this transaction (sessions are never deleted either).
    private var existingSessions = Set<Int64>()
    /// Scratch for after-states built from written values (`RecordState`), reused by every event.
    var stateWriter = CanonicalJSONWriter()
    private var hashWriter = CanonicalJSONWriter(capacity: 1024)
    private var boundStatements = [BoundStatement?](repeating: nil, count: BulkSQL.allCases.count)
    private var multiRowStatements: [MultiRowKey: BoundStatement] = [:]
    private var statesFromValues: [AuditEntity: Bool] = [:]
    /// Separation dates in force, by badge, read on the first completion that asks (`refuseAfterSeparation`).
    var separationsInForce: [String: CalendarDate]?
    /// Whether this transaction's completions must write `completion_latest` themselves (`keepsLatestItself`).
    var latestWithoutTrigger: Bool?
    /// The units as stored, read on the first officer write that names one, and grown by the units it adds.
    var unitRegistry: UnitRegistry?

    init(db: Database, actor: String, clock: StoreClock) throws {
        self.db = db
        self.actor = actor
        self.today = clock.today()
        self.occurredAt = Self.timestamp(clock.now())
        if let row = try Row.fetchOne(db, sql: "SELECT id, hash FROM audit_event ORDER BY id DESC LIMIT 1") {
            lastEventID = row["id"]
            lastHash = Array(RowDecoding.auditHash(row["hash"]).utf8)
        } else {
            lastEventID = 0
            lastHash = Array(AuditEvent.genesisHash.utf8)
        }
        eventIDBefore = lastEventID
    }

    /// The newest event so far, and its hash as hex bytes.
    var headEventID: Int64 { lastEventID }
    var headHash: [UInt8] { lastHash }

    static func timestamp(_ date: Date) -> String {
        date.formatted(.iso8601.year().month().day().time(includingFractionalSeconds: true)
            .timeZone(separator: .omitted).dateSeparator(.dash).timeSeparator(.colon))
    }

    func run(_ command: RecordCommand) throws -> CommandResult {
        switch command {
        case .addOfficer(let officer): return try addOfficer(officer)
        case .editOfficer(let badge, let changes): return try editOfficer(badge: badge, changes: changes)
        case .separateOfficer(let badge, let on): return try separateOfficer(badge: badge, on: on)
        case .importOfficers(let rows, let sync, let effective):
            return .officersImported(try importOfficers(rows, sync: sync, effective: effective))
        case .endAssignment(let id, let on): return try endAssignment(id: id, on: on)
        case .assign(let request): return try assign(request)
        case .recordCompletion(let request): return try recordCompletion(request)
        case .recordRoster(let request): return .rosterRecorded(try recordRoster(request))
        case .voidCompletion(let id, let reason): return try voidCompletion(id: id, reason: reason)
        case .waive(let request): return try waive(request)
        case .endWaiver(let id, let on): return try endWaiver(id: id, on: on)
        case .assignProgram(let request): return try assignProgram(request)
        case .endProgramAssignment(let id, let on): return try endProgramAssignment(id: id, on: on)
        case .waiveProgram(let request): return try waiveProgram(request)
        case .createSession(let request): return .sessionCreated(id: try createSession(request))
        case .scheduleClass(let request): return .classScheduled(id: try scheduleClass(request))
        case .cancelClass(let id, let on): return try cancelClass(id: id, on: on)
        case .enrol(let sessionID, let badges): return .enrolled(sessionID: sessionID, try enrol(sessionID, badges))
        case .markAttendance(let request): return try markAttendance(request)
        case .recordClass(let sessionID): return .classRecorded(sessionID: sessionID, try recordClass(sessionID))
        case .grantRole(let login, .liaison):
            throw StoreError.invalidField(field: "agency", problem: "a liaison is granted for one agency: give --agency ID (login '\(login)')")
        case .grantRole(let login, let role): return try grantRole(login: login, role: role)
        case .revokeRole(let login, .liaison): return try revokeLiaison(login: login)
        case .revokeRole(let login, let role): return try revokeRole(login: login, role: role)
        case .grantLiaison(let login, let agency): return try grantLiaison(login: login, agency: agency)
        case .addAgency(let agency): return try addAgency(agency)
        case .recordIncident(let request): return try recordIncident(request)
        case .loadCurriculum(let curriculum): return .curriculumLoaded(try loadCurriculum(curriculum))
        case .saveImportMapping(let mapping): return try saveImportMapping(mapping)
        case .setUnitSupervisor(let unit, let supervisor): return try setUnitSupervisor(unit: unit, supervisor: supervisor)
        case .saveSetting(let setting, let value): return try saveSetting(setting, value: value)
        case .recordNotices(let notices): return .noticesRecorded(count: try recordNotices(notices))
        case .reviewModule(let request): return try reviewModule(request)
        }
    }

    // MARK: - Audit

    /// Appends one event to the chain, reading the record's after-state back from the database so the
    /// stored state is exactly what verification will recompute.
    func audit(action: String, entity: AuditEntity, key: String, before: String?) throws {
        try audit(action: action, entity: entity, key: key, before: before, after: try entity.snapshot(db, key: key))
    }

    /// Appends one event whose after-state the caller already has as canonical JSON text.
    func audit(action: String, entity: AuditEntity, key: String, before: String?, after: String?) throws {
        try appendEvent(action: action, entity: entity, key: key, before: before.map { Array($0.utf8) },
                        after: after.map { Array($0.utf8) })
    }

    /// Appends one event whose after-state is in `stateWriter`, built by `RecordState` from the values just
    /// written. Callers check `statesFromValues(entity)` first.
    func auditWrittenState(action: String, entity: AuditEntity, key: String, before: [UInt8]? = nil) throws {
        try appendEvent(action: action, entity: entity, key: key, before: before, after: stateWriter.bytes)
    }

    /// Whether after-states of this entity may be built from written values: only while its table has
    /// exactly the columns `RecordState` writes (checked once per transaction).
    func statesFromValues(_ entity: AuditEntity) throws -> Bool {
        if let known = statesFromValues[entity] { return known }
        let matches = try RecordState.columnsMatch(entity, db)
        statesFromValues[entity] = matches
        return matches
    }

    private func appendEvent(action: String, entity: AuditEntity, key: String, before: [UInt8]?, after: [UInt8]?) throws {
        let id = lastEventID + 1
        let hash = AuditHashing.hash(
            prevHash: lastHash, id: id, occurredAt: occurredAt, actor: actor, action: action, entity: entity.rawValue,
            entityKey: key, before: before, after: after, scratch: &hashWriter)
        let insert = try bound(.auditInsert)
        insert.bind(id, at: 1)
        insert.bind(occurredAt, at: 2)
        insert.bind(actor, at: 3)
        insert.bind(action, at: 4)
        insert.bind(entity.rawValue, at: 5)
        insert.bind(key, at: 6)
        if let before { insert.bind(utf8: before, at: 7) }
        if let after { insert.bind(utf8: after, at: 8) }
        insert.bind(blob: AuditHashing.digest(ofHex: hash), at: 9)
        try insert.execute()
        lastEventID = id
        lastHash = hash
    }

    /// A pipeline continuing the chain from its current head; nothing else may append events until it has
    /// handed back its last events (`AuditPipeline.finish`) and they are appended with `appendEvents`.
    func makeAuditPipeline<Item>(
        action: String, entity: AuditEntity, describe: @escaping @Sendable (Item, inout CanonicalJSONWriter) -> String,
        alongside: (@Sendable (Item) -> Void)? = nil
    ) -> AuditPipeline<Item> {
        AuditPipeline(action: action, entity: entity, occurredAt: occurredAt, actor: actor, lastEventID: lastEventID,
                      lastHash: lastHash, describe: describe, alongside: alongside)
    }

    /// Inserts a batch of events a pipeline computed and moves the chain head past them.
    func appendEvents(_ events: AuditEventBatch) throws {
        guard events.firstEventID == lastEventID + 1, events.hashes.prefix(64).elementsEqual(lastHash) else {
            throw StoreError.storage("the audit chain went out of step while recording in bulk")
        }
        guard events.count > 0 else { return }
        try events.text.bytes.withUnsafeBufferPointer { text in
            try events.digests.withUnsafeBufferPointer { digests in
                for groupStart in stride(from: 0, to: events.count, by: MultiRowSQL.rowsPerStatement) {
                    let group = groupStart..<min(groupStart + MultiRowSQL.rowsPerStatement, events.count)
                    let insert = try bound(.auditEvents, rows: group.count)
                    var column: Int32 = 1
                    for index in group {
                        insert.bind(events.firstEventID + Int64(index), at: column)
                        for field in AuditEventBatch.SharedField.allCases {
                            insert.bindInPlace(utf8: .init(rebasing: text[events.range(of: field)]), at: column + 1 + Int32(field.rawValue))
                        }
                        insert.bindInPlace(utf8: .init(rebasing: text[events.keyRange(ofEvent: index)]), at: column + 5)
                        // column + 6, before_state, stays NULL: a new record had no earlier state.
                        insert.bindInPlace(utf8: .init(rebasing: text[events.stateRange(ofEvent: index)]), at: column + 7)
                        insert.bindInPlace(blob: .init(rebasing: digests[events.digestRange(ofEvent: index)]), at: column + 8)
                        column += MultiRowSQL.auditEvents.columnsPerRow
                    }
                    try insert.execute()
                }
            }
        }
        lastEventID = events.firstEventID + Int64(events.count) - 1
        lastHash = Array(events.hashes.suffix(64))
    }

    /// A statement inserting `rows` rows, prepared once per transaction and reset for the caller to bind.
    func bound(_ sql: MultiRowSQL, rows: Int) throws -> BoundStatement {
        let key = MultiRowKey(sql: sql, rows: rows)
        if let statement = multiRowStatements[key] {
            statement.reset()
            return statement
        }
        let statement = try BoundStatement(db, sql: sql.sql(rows: rows))
        multiRowStatements[key] = statement
        return statement
    }

    private struct MultiRowKey: Hashable {
        var sql: MultiRowSQL
        var rows: Int
    }

    /// One of the bulk statements, prepared once per transaction and reset for the caller to bind.
    func bound(_ sql: BulkSQL) throws -> BoundStatement {
        if let statement = boundStatements[sql.rawValue] {
            statement.reset()
            return statement
        }
        let statement = try BoundStatement(db, sql: sql.sql)
        boundStatements[sql.rawValue] = statement
        return statement
    }

    // MARK: - Page cache

    /// Runs a bulk command with a page cache sized to it. A roster of hundreds of thousands of completions
    /// inserts into an index spread over files of gigabytes (by module and date); with the connection's usual
    /// cache those pages are evicted, re-read and rewritten many times over in one transaction. The cache
    /// grows only as pages are used, and goes back to its usual size when the command ends.
    func withPageCache<T>(forRows rows: Int, _ body: () throws -> T) throws -> T {
        let wanted = min(Self.largestBulkPageCacheKiB, rows * 2)
        let usual = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? 0
        // A negative cache_size is KiB, a positive one pages: compare in KiB assuming 4 KiB pages.
        let usualKiB = usual < 0 ? -usual : usual * 4
        guard wanted > usualKiB else { return try body() }
        try db.execute(sql: "PRAGMA cache_size = -\(wanted)")
        defer { try? db.execute(sql: "PRAGMA cache_size = \(usual)") }
        return try body()
    }

    /// 1 GiB: enough for the indexes of a 100,000-officer agency's history.
    static let largestBulkPageCacheKiB = 1 << 20

    // MARK: - Lookups shared by commands

    func storedOfficer(_ badge: String) throws -> Officer? {
        let statement = try db.cachedStatement(sql: OfficerColumn.select + " WHERE o.badge = ?")
        return try Row.fetchOne(statement, arguments: [badge]).map { OfficerColumn.officer($0) }
    }

    /// Checks a badge exists without loading the officer (the roster hot path).
    func requireBadge(_ badge: String) throws {
        if existingBadges.contains(badge) { return }
        let lookup = try bound(.badgeExists)
        lookup.bind(badge, at: 1)
        guard try lookup.hasRow() else { throw StoreError.unknownBadge(badge) }
        existingBadges.insert(badge)
    }

    func requireSession(_ id: Int64) throws {
        if existingSessions.contains(id) { return }
        let statement = try db.cachedStatement(sql: "SELECT 1 FROM class_session WHERE id = ?")
        guard try Bool.fetchOne(statement, arguments: [id]) == true else { throw StoreError.unknownSession(id) }
        existingSessions.insert(id)
    }

    func requireOfficer(_ badge: String) throws -> Officer {
        guard let officer = try storedOfficer(badge) else { throw StoreError.unknownBadge(badge) }
        return officer
    }

    /// The newest loaded version of a module, cached for the transaction.
    func newestModule(_ id: String) throws -> Module? {
        try versions(of: id)?.newest.module
    }

    /// Every loaded version of a module, cached for the transaction.
    func versions(of id: String) throws -> LoadedVersions? {
        if let cached = loadedModules[id] { return cached }
        let statement = try db.cachedStatement(sql: "SELECT content FROM module_version WHERE module_id = ?")
        let decoded = try String.fetchAll(statement, arguments: [id]).compactMap(CurriculumCoding.decodeModule)
        let modules = CurriculumReviewRows.applying(try CurriculumReviewRows.approvals(db, moduleID: id), to: decoded)
        let ordinal = modulesLookedUp
        modulesLookedUp += 1
        let versions = modules.isEmpty ? nil : LoadedVersions(modules, ordinal: ordinal)
        loadedModules[id] = versions
        return versions
    }

    /// Every loaded version of every module, by id (for a `RosterResolver`, which cannot ask).
    func everyLoadedModule() throws -> [String: LoadedVersions] {
        let ids = try String.fetchAll(db, sql: "SELECT DISTINCT module_id FROM module_version ORDER BY module_id")
        var modules: [String: LoadedVersions] = [:]
        for id in ids {
            if let versions = try versions(of: id) { modules[id] = versions }
        }
        return modules
    }

    func requireModule(_ id: String) throws -> Module {
        try requireVersions(id).newest.module
    }

    func requireVersions(_ id: String) throws -> LoadedVersions {
        guard let versions = try versions(of: id) else { throw StoreError.unknownModule(id) }
        return versions
    }

    func certificationExists(_ id: String) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM curriculum_entry WHERE kind = 'certification' AND item_id = ?)",
                          arguments: [id]) ?? false
    }

    func forgetModuleCache() {
        loadedModules.removeAll()
    }

    /// `RecordRules.notInFuture` against this transaction's today.
    func notInFuture(_ date: CalendarDate, field: String) throws {
        try RecordRules.notInFuture(date, field: field, today: today)
    }
}
