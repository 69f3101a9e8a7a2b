import GRDB
import MusterCore

extension CommandContext {
    /// Whether completions inserted now must write `completion_latest` themselves: true while a bulk load
    /// (here or in another process) has deferred its insert trigger. Checked once per transaction, since a
    /// load drops and rebuilds the trigger in transactions of its own.
    func keepsLatestItself() throws -> Bool {
        if let known = latestWithoutTrigger { return known }
        let present = try Bool.fetchOne(db, sql: """
            SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = 'completion_latest_on_insert')
            """) ?? true
        latestWithoutTrigger = !present
        return !present
    }

    /// Does for `completion` what `completion_latest_on_insert` would have: keeps it as its officer's newest
    /// of that module version if it counts and is newer than the one kept.
    func keepLatest(_ completion: InsertedCompletion) throws {
        guard completion.result == Completion.Result.pass.rawValue else { return }
        let upsert = try bound(.latestUpsert)
        upsert.bind(completion.badge, at: 1)
        upsert.bind(completion.moduleID, at: 2)
        upsert.bind(completion.moduleVersion, at: 3)
        upsert.bind(completion.id, at: 4)
        upsert.bind(completion.completedOn.iso, at: 5)
        upsert.bind(completion.score, at: 6)
        upsert.bind(completion.hours, at: 7)
        upsert.bind(completion.instructor, at: 8)
        upsert.bind(completion.sessionID, at: 9)
        try upsert.execute()
    }
}
