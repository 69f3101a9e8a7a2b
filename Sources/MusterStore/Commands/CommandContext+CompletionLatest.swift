import GRDB
import MusterCore

extension CommandContext {
    /// Whether completions inserted now must write `completion_latest` themselves: true while a bulk load
    /// (here or in another process) has deferred its insert trigger. Checked once per transaction, since a
    /// load drops and rebuilds the trigger in transactions of its own.
    func keepsLatestItself() throws -> Bool {
        if let known = latestWithoutTrigger { return known }
        let present = try db.triggerExists(CompletionLatestRule.insertTrigger, in: "main")
        latestWithoutTrigger = !present
        return !present
    }

    /// Does for `completion` what the insert trigger would have: keeps it as its officer's newest of that
    /// module version if it counts and is newer than the one kept, and `earliest` (or the completion itself) as
    /// the earliest if it is earlier than the one kept.
    func keepLatest(_ completion: InsertedCompletion, earliest: InsertedCompletion? = nil) throws {
        guard CompletionLatestRule.counts(result: completion.result, voidedReason: nil) else { return }
        let upsert = try bound(.latestUpsert)
        CompletionLatestRule.bind(completion, earliest: earliest, to: upsert)
        try upsert.execute()
    }
}
