import GRDB
import MusterCore
import Synchronization

/// What opening did to a database made by an earlier Muster.
public struct DatabaseUpgrade: Sendable, Equatable {
    /// The migrations applied, in order.
    public var migrations: [String]
    /// Completions relabelled to the version in force on their date; nil when no applied migration had that
    /// step (the database already had it).
    public var relabelledCompletions: Int?

    public init(migrations: [String], relabelledCompletions: Int?) {
        self.migrations = migrations
        self.relabelledCompletions = relabelledCompletions
    }
}

/// The changes to records an upgrade makes besides the schema, each through the command layer's audit trail
/// and inside its migration's transaction. Only an upgrade runs them: a new database has no records.
final class UpgradeSteps: Sendable {
    /// Who the audit trail says made an upgrade's changes when the caller does not name the login.
    static let defaultActor = "muster-upgrade"

    private let clock: StoreClock
    private let actor: String
    private let signingKey: AuditSigningKey?
    private let relabelled = Mutex<Int?>(nil)
    /// The newest event before the upgrade's first migration ran.
    private let eventBeforeUpgrade = Mutex<Int64?>(nil)

    init(clock: StoreClock, actor: String, signingKey: AuditSigningKey? = nil) {
        self.clock = clock
        self.actor = actor
        self.signingKey = signingKey
    }

    var relabelledCompletions: Int? {
        relabelled.withLock { $0 }
    }

    /// The steps that belong to the migration `name`, just applied on `db`.
    /// With a signing key, the upgrade's newest event is signed in the transaction of the first migration that
    /// has both events to sign and the table for signatures (an upgrade from before v5 writes its events first).
    func run(after name: String, _ db: Database) throws {
        let before = try CommandContext(db: db, actor: actor, clock: clock).headEventID
        let upgradeStart = eventBeforeUpgrade.withLock { start in
            if start == nil { start = before }
            return start ?? before
        }
        if name == SchemaV2OfficerFacts.name { try SchemaV2OfficerFacts.convertStatuses(db, clock: clock, actor: actor) }
        if name == AssignmentPeriodsMigration.name {
            let context = try CommandContext(db: db, actor: actor, clock: clock)
            _ = try context.auditUpgradedAssignments(oldColumns: AssignmentPeriodsMigration.columnsBefore)
            let count = try context.relabelCompletionsByDate()
            relabelled.withLock { $0 = count }
        }
        guard let signingKey, try db.tableExists("audit_signature") else { return }
        try CommandContext.signHead(db, after: upgradeStart, with: signingKey)
    }
}
