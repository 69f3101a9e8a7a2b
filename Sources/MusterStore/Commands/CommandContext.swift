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
    private var lastHash: String
    private var newestModules: [String: Module?] = [:]
    /// Badges seen to exist in this transaction; officers are never deleted, so a hit stays true.
    private var existingBadges = Set<String>()

    init(db: Database, actor: String, clock: StoreClock) throws {
        self.db = db
        self.actor = actor
        self.today = clock.today()
        self.occurredAt = Self.timestamp(clock.now())
        if let row = try Row.fetchOne(db, sql: "SELECT id, hash FROM audit_event ORDER BY id DESC LIMIT 1") {
            lastEventID = row["id"]
            lastHash = row["hash"]
        } else {
            lastEventID = 0
            lastHash = AuditEvent.genesisHash
        }
    }

    static func timestamp(_ date: Date) -> String {
        date.formatted(.iso8601.year().month().day().time(includingFractionalSeconds: true)
            .timeZone(separator: .omitted).dateSeparator(.dash).timeSeparator(.colon))
    }

    func run(_ command: RecordCommand) throws -> CommandResult {
        switch command {
        case .addOfficer(let officer): return try addOfficer(officer)
        case .editOfficer(let badge, let changes): return try editOfficer(badge: badge, changes: changes)
        case .separateOfficer(let badge): return try separateOfficer(badge: badge)
        case .importOfficers(let rows, let sync): return .officersImported(try importOfficers(rows, sync: sync))
        case .assign(let request): return try assign(request)
        case .recordCompletion(let request):
            let stored = try recordCompletion(request)
            return .completionRecorded(id: stored.id, version: stored.moduleVersion, result: stored.result)
        case .recordRoster(let request): return .rosterRecorded(try recordRoster(request))
        case .voidCompletion(let id, let reason): return try voidCompletion(id: id, reason: reason)
        case .waive(let request): return try waive(request)
        case .createSession(let request): return .sessionCreated(id: try createSession(request))
        case .grantRole(let login, let role): return try grantRole(login: login, role: role)
        case .revokeRole(let login, let role): return try revokeRole(login: login, role: role)
        case .loadCurriculum(let curriculum): return .curriculumLoaded(try loadCurriculum(curriculum))
        }
    }

    // MARK: - Audit

    /// Appends one event to the chain, reading the record's after-state back from the database so the
    /// stored state is exactly what verification will recompute.
    func audit(action: String, entity: AuditEntity, key: String, before: String?) throws {
        try audit(action: action, entity: entity, key: key, before: before, after: try entity.snapshot(db, key: key))
    }

    /// Appends one event whose after-state the caller already read back from the database
    /// (`INSERT … RETURNING *`), saving a second lookup on bulk writes.
    func audit(action: String, entity: AuditEntity, key: String, before: String?, after: String?) throws {
        let id = lastEventID + 1
        let hash = AuditEvent.computeHash(
            prevHash: lastHash, id: id, occurredAt: occurredAt, actor: actor, action: action,
            entity: entity.rawValue, entityKey: key, before: before, after: after)
        let statement = try db.cachedStatement(sql: """
            INSERT INTO audit_event (id, occurred_at, actor, action, entity, entity_key, before_state, after_state, prev_hash, hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        try statement.execute(arguments: [id, occurredAt, actor, action, entity.rawValue, key, before, after, lastHash, hash])
        lastEventID = id
        lastHash = hash
    }

    // MARK: - Lookups shared by commands

    func storedOfficer(_ badge: String) throws -> Officer? {
        let statement = try db.cachedStatement(sql: "SELECT * FROM officer WHERE badge = ?")
        return try Row.fetchOne(statement, arguments: [badge]).map(RowDecoding.officer)
    }

    /// Checks a badge exists without loading the officer (the roster hot path).
    func requireBadge(_ badge: String) throws {
        if existingBadges.contains(badge) { return }
        let statement = try db.cachedStatement(sql: "SELECT 1 FROM officer WHERE badge = ?")
        guard try Bool.fetchOne(statement, arguments: [badge]) == true else { throw StoreError.unknownBadge(badge) }
        existingBadges.insert(badge)
    }

    func requireOfficer(_ badge: String) throws -> Officer {
        guard let officer = try storedOfficer(badge) else { throw StoreError.unknownBadge(badge) }
        return officer
    }

    /// The newest loaded version of a module, cached for the transaction.
    func newestModule(_ id: String) throws -> Module? {
        if let cached = newestModules[id] { return cached }
        let statement = try db.cachedStatement(sql: "SELECT content FROM module_version WHERE module_id = ?")
        let modules = try String.fetchAll(statement, arguments: [id]).compactMap(CurriculumCoding.decodeModule)
        let newest = modules.max { $0.version < $1.version }
        newestModules[id] = newest
        return newest
    }

    func requireModule(_ id: String) throws -> Module {
        guard let module = try newestModule(id) else { throw StoreError.unknownModule(id) }
        return module
    }

    func certificationExists(_ id: String) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM curriculum_entry WHERE kind = 'certification' AND item_id = ?)",
                          arguments: [id]) ?? false
    }

    func forgetModuleCache() {
        newestModules.removeAll()
    }

    func notInFuture(_ date: CalendarDate, field: String) throws {
        if date > today { throw StoreError.futureDate(field: field, date: date, today: today) }
    }

    func nonEmpty(_ text: String, field: String) throws -> String {
        // Fast path for the common already-clean value; Foundation trimming is costly per roster row.
        if let first = text.utf8.first, let last = text.utf8.last, first != 0x20, last != 0x20, first != 0x09, last != 0x09 {
            return text
        }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { throw StoreError.emptyField(field) }
        return trimmed
    }
}
