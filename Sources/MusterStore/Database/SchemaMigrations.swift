import GRDB

/// The schema as an append-only list of named migrations. The first creates `StoreSchema` as it stands. Once a
/// release has shipped a migration, it never changes: to change `StoreSchema` after that, first freeze the
/// shipped migration's SQL here as text, then append one that takes a shipped file to the new definitions (the
/// schema snapshot test fails until both agree with it).
enum SchemaMigrations {
    static let all: [(name: String, sql: String)] = [
        ("v1-schema", SchemaV1.sql),
        (SchemaV2OfficerFacts.name, SchemaV2OfficerFacts.sql),
        (AssignmentPeriodsMigration.name, AssignmentPeriodsMigration.sql),
        (FailedAttemptIndex.migration, FailedAttemptIndex.v4SQL),
        (AuditSignatureMigration.name, AuditSignatureMigration.sql),
        (DeferredSchemaRemoval.name, DeferredSchemaRemoval.sql),
        (PostIDMigration.name, PostIDMigration.sql),
        (ImportMappingMigration.name, ImportMappingMigration.sql),
        (ClassSchedulingMigration.name, ClassSchedulingMigration.sql),
        (NoticesMigration.name, NoticesMigration.sql),
        (ProgramsMigration.name, ProgramsMigration.sql),
        (CurriculumReviewMigration.name, CurriculumReviewMigration.sql),
        (AgenciesMigration.name, AgenciesMigration.sql),
        (IncidentsMigration.name, IncidentsMigration.sql),
        (CountingPassIndex.migration, CountingPassIndex.sql),
        (EarliestPassMigration.name, EarliestPassMigration.sql),
        (CountingPassIndex.coveringMigration, CountingPassIndex.coveringSQL),
        (PassDigest.migration, PassDigest.sql),
    ]

    /// What a migration fills in after its SQL, from the rows already stored (none in a new file).
    static let builds: [String: @Sendable (Database) throws -> Void] = [PassDigest.migration: PassDigest.buildAll]

    /// The migrations of development builds, before the schema was made one migration. No released Muster
    /// wrote them, so a file that has them is refused rather than converted.
    static let developmentBuilds: Set<String> = [
        "v1-records", "v2-completion-latest", "v3-deferred-schema", "v4-partial-session-index", "v5-one-date-index",
        "v6-module-date-index", "v7-chain-by-id", "v8-smaller-audit-events",
    ]

    /// The migrations; on an upgrade, `steps` runs the audited steps of the migrations that have them.
    static func migrator(upgrade steps: UpgradeSteps?) -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for migration in all {
            migrator.registerMigration(migration.name) { db in
                try db.execute(sql: migration.sql)
                try builds[migration.name]?(db)
                try steps?.run(after: migration.name, db)
            }
        }
        return migrator
    }

    /// The migrations the database has, in order, after refusing a database that has migrations this build
    /// does not know (a development or a newer build's). Reads only.
    static func applied(_ reader: any DatabaseReader, path: String) throws -> [String] {
        let known = Set(all.map(\.name))
        let applied: [String]
        do {
            applied = try reader.read { db in
                guard try db.tableExists("grdb_migrations") else { return [] }
                return try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid")
            }
        } catch {
            throw StoreError.storage("cannot read the database schema: \(error)")
        }
        if let development = applied.first(where: developmentBuilds.contains) {
            throw StoreError.developmentDatabase(path: path, migration: development)
        }
        if let unknown = applied.first(where: { !known.contains($0) }) {
            throw StoreError.newerDatabase(migration: unknown)
        }
        return applied
    }

    /// Applies pending migrations, after refusing a database that has migrations this build does not know.
    /// `beforeUpgrading` hears the names of those about to be applied to a database that had some already (an
    /// upgrade, which for a large database can take a while), not to a new one. Returns what an upgrade did,
    /// nil when there was none; its audited steps are written as `actor`, at `clock`'s time, and signed with
    /// `signingKey` when there is one.
    @discardableResult
    static func migrate(
        _ writer: any DatabaseWriter, clock: StoreClock = .system, actor: String = UpgradeSteps.defaultActor,
        signingKey: AuditSigningKey? = nil, beforeUpgrading: ([String]) -> Void = { _ in }
    ) throws -> DatabaseUpgrade? {
        let applied = try applied(writer, path: writer.path)
        let pending = all.map(\.name).filter { !applied.contains($0) }
        guard !pending.isEmpty else { return nil }
        let steps = applied.isEmpty ? nil : UpgradeSteps(clock: clock, actor: actor, signingKey: signingKey)
        if !applied.isEmpty { beforeUpgrading(pending) }
        do {
            try migrator(upgrade: steps).migrate(writer)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.storage("cannot migrate the database: \(error)")
        }
        return steps.map { DatabaseUpgrade(migrations: pending, relabelledCompletions: $0.relabelledCompletions) }
    }
}
