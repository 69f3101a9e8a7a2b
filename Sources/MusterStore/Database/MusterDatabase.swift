import CSQLiteConfig
import Foundation
import GRDB
import MusterCore

/// Opens Muster databases: the one entry point the CLI, the TUI and the tests use.
public enum MusterDatabase {
    /// How long a writer waits for another writer's lock before reporting the database as busy.
    public static let busyTimeout: TimeInterval = 5

    /// Opens (creating if needed) the database file at `path` in WAL mode, applies pending migrations, and
    /// builds the indexes and triggers a killed bulk load still owes. Refuses a database written by a newer
    /// Muster or by a development build, or left incomplete by a killed `muster demo`; a file or folder this
    /// process may not write opens read-only (`openReadOnly`). `beforeUpgrading` hears which migrations an
    /// existing database is about to be given, so that a caller can say why opening a large one takes a while;
    /// `afterUpgrading` hears what the upgrade did to the records (written to the audit trail as `actor`), so
    /// that a caller can say so once.
    /// With a `signingKey`, every writing transaction's last audit event is signed with it (`AuditSigningKey`).
    public static func open(
        path: String, clock: StoreClock = .system, actor: String = "muster-upgrade", signingKey: AuditSigningKey? = nil,
        beforeUpgrading: ([String]) -> Void = { _ in }, afterUpgrading: (DatabaseUpgrade) -> Void = { _ in }
    ) throws -> SQLiteRecordStore {
        _ = sqliteConfigured
        // A file (or folder) this process may not write is read as it is: reads work, writes are refused.
        if !isWritable(path: path) { return try openReadOnly(path: path, clock: clock) }
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: configuration())
        } catch {
            throw StoreError.storage("cannot open database '\(path)': \(error)")
        }
        if let upgrade = try SchemaMigrations.migrate(
            pool, clock: clock, actor: actor, signingKey: signingKey, beforeUpgrading: beforeUpgrading) {
            afterUpgrading(upgrade)
        }
        try refuseIfIncomplete(pool, path: path)
        return SQLiteRecordStore(writer: pool, clock: clock, signingKey: signingKey)
    }

    /// Whether the database file at `path` was made by an earlier release of Muster: every migration it has is
    /// one this build knows, and it lacks some. Reads only; false for a file that is not a Muster database or
    /// cannot be read.
    public static func isOlderThanThisBuild(path: String) -> Bool {
        guard let queue = try? DatabaseQueue(path: path, configuration: { var c = configuration(); c.readonly = true; return c }()),
              let applied = try? queue.read({ db in
                  try db.tableExists("grdb_migrations") ? try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") : nil
              })
        else { return false }
        // A file with migrations this build does not know (a newer or a development build) is not "older".
        let known = Set(SchemaMigrations.all.map(\.name))
        return !applied.isEmpty && Set(applied).isSubset(of: known) && applied.count < known.count
    }

    /// A private in-memory database for tests and previews; it disappears with the returned store.
    public static func openInMemory(clock: StoreClock = .system, signingKey: AuditSigningKey? = nil) throws -> SQLiteRecordStore {
        _ = sqliteConfigured
        let queue = try DatabaseQueue(configuration: configuration())
        try SchemaMigrations.migrate(queue, clock: clock)
        return SQLiteRecordStore(writer: queue, clock: clock, signingKey: signingKey)
    }

    /// SQLite's process-wide settings (`muster_sqlite_configure`), made once, before the first connection.
    /// If something opened a connection earlier, SQLite keeps its defaults, which are only slower.
    static let sqliteConfigured: Void = { _ = muster_sqlite_configure() }()

    static func configuration() -> Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(busyTimeout)
        configuration.prepareDatabase { db in
            try harden(db)
            // 64 MiB of page cache for the writer (the default is 2 MiB): a roster or demo batch writes
            // hundreds of thousands of rows in one transaction, and a small cache spills them to disk twice.
            // Readers keep the default: they scan in order, the OS caches the file, and statuses are read on
            // several connections at once, each of which would otherwise fill its own 64 MiB.
            if !db.configuration.readonly { try db.execute(sql: "PRAGMA cache_size = -65536") }
            // Statement journals (every insert that fires completion_latest's trigger opens one) and temporary
            // b-trees stay in memory instead of spilling to temporary files on each write.
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
            db.add(function: officerSearchFunction)
        }
        return configuration
    }

    /// `muster_search(badge, last_name, first_name, query)`: `SearchKey.officerMatches`, so the CLI's `--search`
    /// matches as the workspace's `/` does; one call a row. Only queries call it; no schema object does, so a
    /// file opened elsewhere needs it not.
    static let officerSearchFunction = DatabaseFunction("muster_search", argumentCount: 4, pure: true) { values in
        guard let query = String.fromDatabaseValue(values[3]) else { return false }
        return SearchKey.officerMatches(
            badge: String.fromDatabaseValue(values[0]) ?? "", lastName: String.fromDatabaseValue(values[1]) ?? "",
            firstName: String.fromDatabaseValue(values[2]) ?? "", query: Array(query.utf8))
    }

    /// A database file is data, never code: defensive mode keeps even Muster's own connections from editing the
    /// schema table or turning the journal off, and an untrusted schema keeps the triggers and views a doctored
    /// file might bring from calling functions with side effects. The pragma repeats the flag for SQLite builds
    /// that know only the pragma.
    static func harden(_ db: Database) throws {
        guard let connection = db.sqliteConnection,
              muster_sqlite_harden(UnsafeMutableRawPointer(connection)) == 0
        else { throw StoreError.storage("cannot open the database in SQLite's defensive mode") }
        try db.execute(sql: "PRAGMA trusted_schema = OFF")
    }

    /// The database path to use: `explicit` (`--db PATH`), else `$MUSTER_DB`, else
    /// `$XDG_DATA_HOME/muster/muster.sqlite`, else `~/.local/share/muster/muster.sqlite`.
    /// Creates the containing folder (0700) so a first `muster init` just works.
    public static func resolvePath(
        explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
        createFolder: Bool = true
    ) throws -> String {
        let path: String
        if let explicit, !explicit.isEmpty {
            path = explicit
        } else if let fromEnvironment = environment["MUSTER_DB"], !fromEnvironment.isEmpty {
            path = fromEnvironment
        } else if let dataHome = environment["XDG_DATA_HOME"], !dataHome.isEmpty {
            path = (dataHome as NSString).appendingPathComponent("muster/muster.sqlite")
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            path = (home as NSString).appendingPathComponent(".local/share/muster/muster.sqlite")
        }
        // A folder Muster makes for a database is closed to other users (0700), whatever the umask.
        if createFolder { try DatabaseFileAccess.personal.createFolder((path as NSString).deletingLastPathComponent) }
        return path
    }
}
