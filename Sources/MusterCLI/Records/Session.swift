import Foundation
import MusterCore
import MusterStore

/// An open database together with who is acting and what they may do: what every records command starts from.
/// The store itself stays inside: every write goes through `apply`, which checks the login's permission
/// (and the store checks again), and every read through `reads`, which checks the read.
struct Session: Sendable {
    private let store: SQLiteRecordStore
    let path: String
    let login: String
    let access: AccessPolicy

    private init(store: SQLiteRecordStore, path: String, login: String, access: AccessPolicy) {
        self.store = store
        self.path = path
        self.login = login
        self.access = access
    }

    /// Opens the database named by `--db`/`$MUSTER_DB`/the default path (a shared installation's configured
    /// one), and refuses a login that lacks `need` before anything else happens. Unless `create`, a missing
    /// file is an error that says how to create one, rather than a silently created empty database.
    static func open(_ options: StoreOptions, for need: AccessNeed, create: Bool = false) throws -> Session {
        try open(at: DatabaseLocation.resolve(options, create: create), signingKey: options.signingKeyPath(),
                 for: need, create: create)
    }

    /// `open` of a location already decided (`muster setup shared` names its own); writes are signed with the
    /// key at `signingKey`, when there is one.
    static func open(at location: DatabaseLocation, signingKey signingKeyPath: String? = nil, for need: AccessNeed,
                     create: Bool) throws -> Session {
        // On a shared installation only root founds the database (`muster setup shared`). Anyone else's `init` or
        // `demo` through the installed copy would make them coordinator of a database whose grants had all been
        // revoked, or bulk-load it after giving up the group its journal needs.
        if create, SharedInstall.isEnforced, getuid() != 0 {
            throw MusterFailure.validation(
                "the shared installation's database is created by root with `muster setup shared`; "
                + "`init` and `demo` are not run through the installed copy")
        }
        let path = location.path
        guard create || FileManager.default.fileExists(atPath: path) else {
            throw MusterFailure.validation(
                "no database at \(path); create one with `muster init` (or `muster demo` for a demo agency), "
                + "or point to one with --db PATH or $MUSTER_DB")
        }
        if create { try location.fileAccess.createFile(path) }
        let login = ActingLogin.current()
        let signingKey = try signingKeyPath.map(AuditSigningKey.read(path:))
        let store = try MusterDatabase.open(path: path, actor: login, signingKey: signingKey) { migrations in
            StandardStreams.notice("Upgrading \(path) for this version of Muster (\(migrations.joined(separator: ", "))); "
                                  + "a database of many officers can take a minute…")
        } afterUpgrading: { upgrade in
            if let relabelled = upgrade.relabelledCompletions {
                StandardStreams.notice("upgraded \(path): relabelled \(relabelled) completion(s) to the version in force on their date")
            }
        }
        let access = create ? try store.foundingAccess(for: login) : try store.access(for: login)
        // A read of one officer by a liaison is decided by the officer's stored agency, so the store checks it.
        try store.check(need, as: access)
        try GroupDrop.afterOpening(store)
        return Session(store: store, path: path, login: login, access: access)
    }

    /// The store, for a read the login may make; the policy's refusal otherwise.
    func reads(_ read: RecordRead) throws -> SQLiteRecordStore {
        try store.reading(read, as: access)
    }

    @discardableResult
    func apply(_ commands: [RecordCommand]) throws -> [CommandResult] {
        do { try access.check(commands) } catch { throw StoreError.accessDenied(error) }
        return try store.apply(commands, as: access)
    }

    /// Applies `commands` and prints what `render` makes of their results on standard output before the
    /// transaction commits: for commands whose printed id is the result a script reads, a failed print (a full
    /// disk, a closed pipe) stores nothing, so a retry cannot leave a record no one heard of.
    @discardableResult
    func apply(_ commands: [RecordCommand], printing render: ([CommandResult]) throws -> String) throws -> [CommandResult] {
        do { try access.check(commands) } catch { throw StoreError.accessDenied(error) }
        return try store.apply(commands, as: access) { results in try StandardStreams.out(try render(results)) }
    }

    /// Reads, checks and (unless a row is bad or `dryRun`) imports an officers CSV.
    func importOfficersCSV(
        path: String, sync: Bool, effective: CalendarDate?, dryRun: Bool, map: ColumnMap = ColumnMap(),
        dateFormat: ImportDateFormat = .iso, saving mapping: ImportMapping? = nil
    ) throws -> OfficerImportOutcome {
        try store.importOfficersCSV(path: path, sync: sync, effective: effective, dryRun: dryRun, map: map,
                                    dateFormat: dateFormat, saving: mapping, as: access)
    }

    /// The officer-import mapping saved as `name` (its user already needs to manage officers to import).
    func importMapping(named name: String) throws -> ImportMapping {
        try store.importMapping(named: name)
    }

    /// The stored badge a badge argument names, exactly or with or without leading zeros (`BadgeMatch`);
    /// refuses one no officer or several officers have.
    func badge(_ given: String) throws -> String {
        // A login that sees only its own officer resolves to that officer or is refused as before: it learns
        // nothing of which other badges exist.
        if let own = access.visibleBadge {
            guard BadgeMatch.key(given) == BadgeMatch.key(own) else { return try reads(.officer(badge: given)).resolvedBadge(given) }
            return own
        }
        // Otherwise the command's own need (a write on officers, a read of all records) has been checked.
        return try store.resolvedBadge(given)
    }

    /// The stored name of the unit a `--unit` argument names, whatever its case and spacing (`UnitRegistry`);
    /// refuses a unit the records do not know (the command's need has been checked: unit names are no secret
    /// to a login that may filter by them).
    func unit(_ given: String) throws -> String {
        try store.resolvedUnit(given)[0]
    }

    /// Reads, checks and (unless a row is bad or `dryRun`) records a class roster CSV.
    func importRosterCSV(path: String, dryRun: Bool) throws -> RosterImportOutcome {
        try store.importRosterCSV(path: path, dryRun: dryRun, as: access)
    }

    /// Runs `body`, a build that fills the database, with the file marked incomplete until it returns
    /// (`SQLiteRecordStore.buildingUntilComplete`).
    func buildingUntilComplete<T>(_ body: () throws -> T) throws -> T {
        try store.buildingUntilComplete(body)
    }

    /// Grows when another connection commits (`SQLiteRecordStore.dataVersion`); the TUI reloads when it does.
    func dataVersion() throws -> Int64 {
        try store.dataVersion()
    }

    /// Runs `body`'s writes as a bulk load into a new database (see `SQLiteRecordStore.loadingInBulk`).
    func loadingInBulk<T>(_ body: () throws -> T) throws -> T {
        try store.loadingInBulk(body)
    }

    /// The curriculum as loaded into this database (every version ever loaded).
    func curriculum() throws -> Curriculum {
        try store.curriculum()
    }

    /// The review trail of a module's loaded versions (every module's when nil); like the curriculum, open to
    /// every login of the database.
    func reviews(moduleID: String?) throws -> [VersionReview] {
        try store.reviews(moduleID: moduleID)
    }

    /// The officer with this badge, or an error naming the badge.
    /// The officer with this badge (with or without leading zeros, `badge(_:)`), or an error naming the badge.
    func officer(_ given: String) throws -> Officer {
        let badge = try self.badge(given)
        guard let officer = try reads(.officer(badge: badge)).officer(badge: badge) else { throw StoreError.unknownBadge(given) }
        return officer
    }
}
