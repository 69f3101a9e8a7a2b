import MusterCore

/// The system of record, as the CLI and TUI see it. `SQLiteRecordStore` is the embedded implementation;
/// a PostgreSQL one can conform later. Every write goes through `apply`; everything else reads.
public protocol RecordStore: Sendable {
    /// Today and now as the store sees them (future-date checks, audit timestamps).
    var clock: StoreClock { get }

    // MARK: Writing

    /// Applies the commands in order in ONE transaction, appending an audit event per change that names
    /// `access.login`. Before anything is written, every command's `permission` is checked against `access`
    /// (`StoreError.accessDenied`). When any command throws, nothing of the batch is stored and the error is
    /// rethrown.
    func apply(_ commands: [RecordCommand], as access: AccessPolicy) throws -> [CommandResult]
    /// Runs the commands exactly as `apply` would, then rolls back: the results say what would change.
    func dryRun(_ commands: [RecordCommand], as access: AccessPolicy) throws -> [CommandResult]

    // MARK: Curriculum

    /// Every module version ever loaded plus the latest certifications, policy sources and requirements.
    func curriculum() throws -> Curriculum

    // MARK: Officers

    func officer(badge: String) throws -> Officer?
    func officer(login: String) throws -> Officer?
    func officers(_ query: OfficerQuery) throws -> [Officer]
    func officerCount(_ filter: OfficerFilter) throws -> Int
    /// The badges of `badges` that exist (set-based, for validating import files).
    func knownBadges(among badges: Set<String>) throws -> Set<String>
    /// Distinct non-empty units, sorted.
    func units() throws -> [String]
    /// The units, each under its first-stored spelling (`UnitRegistry`).
    func unitRegistry() throws -> UnitRegistry
    /// What each of `badges` names among the stored badges (`BadgeMatch`: exactly, else without leading zeros).
    func badgeResolutions(_ badges: [String]) throws -> [String: BadgeMatch.Resolution]

    // MARK: Records of one officer

    /// Every completion of the officer, voided ones included, by completed_on then id.
    func completions(badge: String) throws -> [CompletionRecord]
    func completion(id: Int64) throws -> CompletionRecord?
    /// Assignments placed on the officer or on any unit they were ever in (their current one and those their
    /// facts name); which of them applied on a given day is the status engine's to judge.
    func assignments(badge: String) throws -> [Assignment]
    /// The officer's dated facts (unit moves, separations, reinstatements, leaves, returns), by date then
    /// recording order.
    func facts(badge: String) throws -> [OfficerFact]
    /// Every assignment, by id.
    func allAssignments() throws -> [Assignment]
    func waivers(badge: String) throws -> [Waiver]
    /// Every waiver, ended ones included, by id.
    func allWaivers() throws -> [Waiver]

    // MARK: Roles and sessions

    /// Roles the login currently holds.
    func roles(login: String) throws -> [Role]
    /// Every grant, revoked ones included, by login then role.
    func roleGrants() throws -> [RoleGrant]
    /// The agency the login's active liaison grant names, if any.
    func liaisonAgency(login: String) throws -> String?
    func classSessions(offset: Int, limit: Int) throws -> [ClassSession]
    func classSession(id: Int64) throws -> ClassSession?

    // MARK: Streaming

    /// Calls `body` once per officer matching `filter`, in badge order, with their assignments (those of every
    /// unit they were ever in included), completions, waivers and facts, gathered by a few ordered set-based
    /// queries (not one query per officer). `body` runs inside the store's read and must not call the store
    /// (GRDB reads are not reentrant).
    func forEachOfficerRecords(_ filter: OfficerFilter, _ body: (OfficerRecords) throws -> Void) throws
    /// `forEachOfficerRecords`, handing over only the completions `scope` asks for: statuses need only the
    /// newest counted completion per module version, not the whole history.
    func forEachOfficerRecords(
        _ filter: OfficerFilter, completions scope: CompletionScope, within span: BadgeSpan,
        _ body: (OfficerRecords) throws -> Void) throws
    /// Badges that cut the officers matching `filter` into spans of about `size` officers, for streaming
    /// them on several threads at once (`BadgeSpan.between`).
    func badgeBoundaries(_ filter: OfficerFilter, every size: Int) throws -> [String]
    /// Calls `body` once per non-voided completion matching `filter` (and with an id in `ids`, when given), in
    /// completion id order. `moduleVersions`, when given, are every module version loaded (a caller reading the
    /// roster in many pieces reads them once); otherwise they are read here. `body` must not call the store.
    func forEachRosterRow(
        _ filter: RosterExportFilter, ids: ClosedRange<Int64>?, moduleVersions: [Module]?,
        _ body: (RosterExportRow) throws -> Void) throws

    // MARK: Audit

    func verifyAudit() throws -> AuditReport
    /// Events newest first.
    func auditLog(limit: Int, offset: Int) throws -> [AuditEvent]
}

extension RecordStore {
    /// This store, for a read `access` allows; the policy's refusal (`StoreError.accessDenied`) otherwise.
    /// Every read of the CLI and the TUI obtains its store through here, so reads are checked in one place
    /// like writes.
    public func reading(_ read: RecordRead, as access: AccessPolicy) throws -> Self {
        try access.authorize(try scoped(read, as: access))
        return self
    }

    /// Whether `access` has what `need` names, a read decided as `reading` decides it.
    public func check(_ need: AccessNeed, as access: AccessPolicy) throws {
        switch need {
        case .write: try access.authorize(need)
        case .read(let read): _ = try reading(read, as: access)
        }
    }

    /// A liaison's read of one officer, decided by the agency the officer's stored row names: the policy alone
    /// cannot know it.
    private func scoped(_ read: RecordRead, as access: AccessPolicy) throws -> RecordRead {
        guard case .officer(let badge) = read, access.visibleAgency != nil, !access.mayRead(badge: badge) else { return read }
        return .agencyOfficer(badge: badge, agency: try officer(badge: badge).map(Agency.id(of:)) ?? "")
    }

    /// Calls `body` once per non-voided completion matching `filter`, in completion id order.
    public func forEachRosterRow(_ filter: RosterExportFilter, _ body: (RosterExportRow) throws -> Void) throws {
        try forEachRosterRow(filter, ids: nil, moduleVersions: nil, body)
    }
}
