import Foundation
import GRDB
import MusterCore

/// The embedded SQLite store (GRDB). Open it with `MusterDatabase.open(path:)`.
public final class SQLiteRecordStore: RecordStore, Sendable {
    let writer: any DatabaseWriter
    public let clock: StoreClock
    /// When set, each writing transaction's last audit event is signed with it, inside the transaction.
    public let signingKey: AuditSigningKey?

    init(writer: any DatabaseWriter, clock: StoreClock, signingKey: AuditSigningKey? = nil) {
        self.writer = writer
        self.clock = clock
        self.signingKey = signingKey
    }

    public func apply(_ commands: [RecordCommand], as access: AccessPolicy) throws -> [CommandResult] {
        try run(commands, as: access, commit: true)
    }

    /// Applies the commands and, still inside their transaction, hands the results to `deliver` (which prints
    /// them): when the printed result is the command's whole point, a failed print throws and nothing is committed.
    public func apply(_ commands: [RecordCommand], as access: AccessPolicy,
                      deliveringBeforeCommit deliver: ([CommandResult]) throws -> Void) throws -> [CommandResult] {
        try run(commands, as: access, commit: true, deliver: deliver)
    }

    public func dryRun(_ commands: [RecordCommand], as access: AccessPolicy) throws -> [CommandResult] {
        try run(commands, as: access, commit: false)
    }

    private func run(_ commands: [RecordCommand], as access: AccessPolicy, commit: Bool,
                     deliver: ([CommandResult]) throws -> Void = { _ in }) throws -> [CommandResult] {
        try access.authorize(commands)
        try storageGuard { try RecordRules.checkInputs(of: commands) }
        let actor = access.login
        let clock = self.clock
        let signingKey = self.signingKey
        return try storageGuard {
            try writer.writeWithoutTransaction { db in
                var results: [CommandResult] = []
                try db.inTransaction(.immediate) {
                    let context = try CommandContext(db: db, actor: actor, clock: clock)
                    results = try commands.map(context.run)
                    try PassDigest.refreshStale(db)
                    if let signingKey { try context.signHead(with: signingKey) }
                    if commit { try deliver(results) }
                    return commit ? .commit : .rollback
                }
                return results
            }
        }
    }

    /// Runs a read, turning SQLite failures into `StoreError.storage` and passing every other error through
    /// unchanged: errors thrown by a caller's closure (an export writer, a preview that has seen enough
    /// rows) belong to the caller.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try storageGuard { try writer.read(body) }
    }

    func storageGuard<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as StoreError {
            throw error
        } catch let violation as RuleViolation {
            throw StoreError.rule(violation)
        } catch let violation as ClassRuleViolation {
            throw StoreError.classRule(violation)
        } catch let denied as AccessDenied {
            throw StoreError.accessDenied(denied)
        } catch let error as DatabaseError {
            if error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
                throw StoreError.storage("the database is busy: another Muster is writing to it; try again")
            }
            if error.resultCode == .SQLITE_READONLY {
                throw StoreError.storage("the database is read-only here (file or folder not writable by you): "
                                         + "this command writes to it; reads such as status, exports and audit verify work")
            }
            throw StoreError.storage("database error: \(error.message ?? error.description)")
        }
    }
}

extension SQLiteRecordStore {
    /// Runs SQL outside the command layer, with no audit event: only tests use it, to play the part of
    /// someone editing the file with the `sqlite3` shell.
    func executeBehindMustersBack(_ sql: String) throws {
        try writer.writeWithoutTransaction { db in try db.execute(sql: sql) }
    }

    /// One integer from SQL, for tests that count rows directly.
    func integer(_ sql: String) throws -> Int {
        try writer.read { db in try Int.fetchOne(db, sql: sql) ?? 0 }
    }
}
