/// The newest counting completion (passed, not voided) per officer, module and version among those one roster
/// inserts while `completion_latest`'s insert trigger is deferred by a bulk load. The roster then writes
/// `completion_latest` itself, once per key, instead of upserting a row per completion.
///
/// It takes the completions on the worker thread of the roster's `AuditPipeline`, beside their audit events, and
/// off the writing thread. Soundness of the unchecked Sendable: `note` runs only on that one worker, and `rows`
/// only once the pipeline has finished, on the writer.
final class CompletionLatestTally: @unchecked Sendable {
    private struct Key: Hashable {
        var badge: String
        var moduleID: String
        var moduleVersion: String
    }

    /// The kept completions, newest and earliest of their key, in the order their keys were first met.
    private var kept: [(newest: InsertedCompletion, earliest: InsertedCompletion)] = []
    private var slots: [Key: Int] = [:]

    /// Keeps `completion` if it counts and is newer or earlier than the ones kept for its key
    /// (`CompletionLatestRule`). Just inserted, it is not voided.
    func note(_ completion: InsertedCompletion) {
        guard CompletionLatestRule.counts(result: completion.result, voidedReason: nil) else { return }
        let key = Key(badge: completion.badge, moduleID: completion.moduleID, moduleVersion: completion.moduleVersion)
        guard let slot = slots[key] else {
            slots[key] = kept.count
            kept.append((completion, completion))
            return
        }
        if CompletionLatestRule.isNewer(completion, than: kept[slot].newest) { kept[slot].newest = completion }
        if CompletionLatestRule.isEarlier(completion, than: kept[slot].earliest) { kept[slot].earliest = completion }
    }

    /// The kept completions in the order their keys were first met. A roster lists each officer's completions
    /// together, so each officer's rows go into `completion_latest` together, onto the same pages; sorting them
    /// into key order first cost more than it saved. Any order stores the same rows.
    var rows: [(newest: InsertedCompletion, earliest: InsertedCompletion)] { kept }
}
