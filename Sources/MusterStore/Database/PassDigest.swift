import Foundation
import GRDB

/// Each officer's passed, non-voided completions (what program hours count and the status cut is worked out from,
/// `PassCut`) kept as one blob per officer (`PassDigestCoding`): a read over 100,000 officers then steps through
/// 100,000 rows instead of 5.8 M index rows, eleven column calls each.
///
/// The blob is a cache of `completion_passed`, never a record. Triggers mark an officer's blob stale (NULL) in the
/// same statement that changes one of their completions, whoever makes the change; the write path builds the stale
/// ones again before its transaction commits (`refreshStale`), and a reader that meets one still stale (a change
/// made outside Muster, an upgrade's relabelling) builds it in memory from the index. So a blob that is there is
/// always the index's passes, which `muster audit verify` checks (`SQLiteRecordStore.passDigestMismatches`).
/// An officer with no row is read from the index too: one with no pass, or one whose passes a bulk load is
/// inserting without the insert trigger (the load's end builds every row, `buildAll`, as the migration does).
enum PassDigest {
    static let table = "pass_digest"
    static let migration = "v18-pass-digest"
    static let staleIndex = "pass_digest_stale"
    static let insertTrigger = "pass_digest_on_insert"
    static let updateTrigger = "pass_digest_on_update"
    static let deleteTrigger = "pass_digest_on_delete"

    static let createTable = """
        CREATE TABLE \(table) (
            badge TEXT NOT NULL PRIMARY KEY,
            passes BLOB
        )
        """

    /// Only the stale rows: the write path finds them without reading a blob.
    static let createStaleIndex = "CREATE INDEX \(staleIndex) ON \(table)(badge) WHERE passes IS NULL"

    /// The statement a trigger runs to mark `badge`'s blob stale, making the row when the officer had none.
    private static func markStale(_ badge: String) -> String {
        "INSERT INTO \(table) (badge, passes) VALUES (\(badge), NULL) ON CONFLICT (badge) DO UPDATE SET passes = NULL"
    }

    /// The columns a pass is made of, and those that decide whether a completion is one.
    private static let passColumns = "badge, module_id, module_version, completed_on, hours, result, voided_reason"

    static let createInsertTrigger = """
        CREATE TRIGGER \(insertTrigger) AFTER INSERT ON completion
        WHEN \(CountingPassIndex.condition("NEW."))
        BEGIN
            \(markStale("NEW.badge"));
        END
        """

    static let createUpdateTrigger = """
        CREATE TRIGGER \(updateTrigger) AFTER UPDATE OF \(passColumns) ON completion
        BEGIN
            \(markStale("OLD.badge"));
            \(markStale("NEW.badge"));
        END
        """

    static let createDeleteTrigger = """
        CREATE TRIGGER \(deleteTrigger) AFTER DELETE ON completion
        BEGIN
            \(markStale("OLD.badge"));
        END
        """

    /// Frozen with the `v18` migration; `buildAll` then fills the table (`SchemaMigrations.builds`).
    static let sql = """
        \(createTable);
        \(createStaleIndex);
        \(createInsertTrigger);
        \(createUpdateTrigger);
        \(createDeleteTrigger);
        """

    /// One officer's passes in the order `completion_passed` holds them (by day, module, version, hours, then id).
    /// SQLite sorts each run of passes alike up to the hours by id (as the index holds them): a few rows.
    static let passesOfBadge = """
        SELECT id, badge, module_id, module_version, completed_on, hours FROM completion
        WHERE badge = ? AND \(CountingPassIndex.condition)
        ORDER BY completed_on, module_id, module_version, hours, id
        """

    /// Every officer's passes, by badge, then as `passesOfBadge` orders them. Passes alike up to the hours come in
    /// the index's order, which is by id: naming it too would have SQLite sort each such run (4 s at 100,000
    /// officers), as it cannot tell the index's result and void columns constant.
    static let everyPass = """
        SELECT id, badge, module_id, module_version, completed_on, hours FROM completion
        WHERE \(CountingPassIndex.condition)
        ORDER BY badge, completed_on, module_id, module_version, hours
        """

    /// The blob of `badge`'s passes as the index holds them now, read with `statement` (`passesOfBadge`).
    static func encoded(_ badge: String, _ statement: Statement) throws -> [UInt8] {
        try statement.setArguments([badge])
        var encoder = PassDigestCoding.Encoder()
        try PassDigestCoding.steps(statement) { sqlite in encoder.add(sqlite) }
        return encoder.finish()
    }

    /// Builds the blob of every stale row again; run by the write path before it commits. Not during a bulk load,
    /// whose end builds every blob (`buildAll`): while its insert trigger is away, the index is away too.
    static func refreshStale(_ db: Database) throws {
        guard try db.triggerExists(insertTrigger, in: "main") else { return }
        // Read through the partial index `staleIndex`, which SQLite picks for this condition.
        let stale = try String.fetchAll(db, sql: "SELECT badge FROM \(table) WHERE passes IS NULL")
        guard !stale.isEmpty else { return }
        let update = try db.cachedStatement(sql: "UPDATE \(table) SET passes = ? WHERE badge = ?")
        let passes = try db.cachedStatement(sql: passesOfBadge)
        for badge in stale {
            try update.execute(arguments: [Data(try encoded(badge, passes)), badge])
        }
    }

    /// Every blob made again from the completions in one pass over them: the migration, and a bulk load that
    /// inserted completions while the insert trigger was away.
    static func buildAll(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM \(table)")
        let insert = try db.makeStatement(sql: "INSERT INTO \(table) (badge, passes) VALUES (?, ?)")
        try forEachEncoded(db) { badge, blob in try insert.execute(arguments: [badge, Data(blob)]) }
    }

    /// Each officer who has a pass, in badge order, with the blob of their passes as the completions give it.
    static func forEachEncoded(_ db: Database, _ body: (String, [UInt8]) throws -> Void) throws {
        let statement = try db.makeStatement(sql: everyPass)
        var encoder = PassDigestCoding.Encoder()
        var current: [UInt8]?
        try PassDigestCoding.steps(statement) { sqlite in
            let badge = ProgramPassRun.bytes(sqlite, 1)
            if let held = current, !held.elementsEqual(badge) {
                try body(String(decoding: held, as: UTF8.self), encoder.finish())
                current = nil
            }
            if current == nil { current = Array(badge) }
            encoder.add(sqlite)
        }
        if let held = current { try body(String(decoding: held, as: UTF8.self), encoder.finish()) }
    }
}
