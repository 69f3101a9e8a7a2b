import GRDB
import MusterCore

/// The audited steps of an upgrade (`AssignmentPeriodsMigration`), run inside its migration's transaction so
/// that a database is never left migrated without them.
extension CommandContext {
    /// Appends an event for each assignment whose row the migration gave new columns, so that its last event
    /// describes it again. Only a row that matched its last event before: a row changed behind Muster's back
    /// stays reported by `audit verify` rather than being vouched for here.
    func auditUpgradedAssignments(oldColumns: [String]) throws -> Int {
        let rows = try Row.fetchAll(db, sql: "SELECT id, \(oldColumns.joined(separator: ", ")) FROM assignment ORDER BY id")
        let lastEvent = try db.cachedStatement(sql: """
            SELECT after_state FROM audit_event WHERE entity = ? AND entity_key = ? ORDER BY id DESC LIMIT 1
            """)
        var audited = 0
        for row in rows {
            let key = String(row["id"] as Int64)
            let before = CanonicalJSON.object(of: row)
            guard try String.fetchOne(lastEvent, arguments: [AuditEntity.assignment.rawValue, key]) == before else { continue }
            try audit(action: "addAssignmentPeriod", entity: .assignment, key: key, before: before)
            audited += 1
        }
        return audited
    }

    /// Relabels every completion stored under a version other than the one in force on its date (older builds
    /// recorded everything against the newest version), one event each, and derives `completion_latest` again
    /// for the keys that lost or gained completions. Returns how many were relabelled.
    func relabelCompletionsByDate() throws -> Int {
        var relabelled = 0
        var touchedKeys = Set<[String]>()
        for (moduleID, loaded) in try everyLoadedModule().sorted(by: { $0.key < $1.key }) where loaded.versions.count > 1 {
            for span in try Self.spansInForce(loaded) {
                let rows = try Row.fetchAll(db, sql: """
                    SELECT * FROM completion
                    WHERE module_id = ? AND completed_on >= ? AND completed_on < ? AND module_version <> ?
                    ORDER BY id
                    """, arguments: [moduleID, span.from, span.until, span.version])
                for row in rows {
                    let id: Int64 = row["id"]
                    let badge: String = row["badge"]
                    touchedKeys.insert([badge, moduleID, row["module_version"]])
                    touchedKeys.insert([badge, moduleID, span.version])
                    let before = CanonicalJSON.object(of: row)
                    try db.execute(sql: "UPDATE completion SET module_version = ? WHERE id = ?", arguments: [span.version, id])
                    try audit(action: "relabelCompletion", entity: .completion, key: String(id), before: before)
                    relabelled += 1
                }
            }
        }
        // The step runs after the migration that needs it, on `completion_latest` as that migration left it.
        let hasEarliest = try db.columns(in: CompletionLatestRule.table).contains { $0.name == CompletionLatestRule.earliestID.name }
        let insertNewest = hasEarliest ? CompletionLatestRule.insertNewestOfKey : CompletionLatestRule.insertNewestOfKeyBeforeEarliest
        for key in touchedKeys.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            try db.execute(sql: CompletionLatestRule.deleteKey, arguments: StatementArguments(key))
            try db.execute(sql: insertNewest, arguments: StatementArguments(key))
        }
        return relabelled
    }

    /// The module's dates cut where a version takes effect, each span (`from` inclusive, `until` exclusive, as
    /// ISO text) with the version its completions belong to (`RecordRules.completionVersion`).
    private static func spansInForce(_ loaded: LoadedVersions) throws -> [(from: String, until: String, version: String)] {
        let starts = Set(loaded.versions.map(\.module.effective)).sorted()
        var spans: [(from: String, until: String, version: String)] = []
        // Before the first version takes effect, and then from each effective date to the next.
        let firstDays = [starts[0].adding(days: -1)] + starts
        for (index, day) in firstDays.enumerated() {
            let from = index == 0 ? "" : day.iso
            // The last span's end sorts after every ISO date.
            let until = index + 1 < firstDays.count ? firstDays[index + 1].iso : "~"
            let version = try loaded.forCompletion(named: nil, on: day).versionText
            if index > 0, spans.last?.version == version {
                spans[spans.count - 1].until = until
            } else {
                spans.append((from, until, version))
            }
        }
        return spans
    }
}
