/// Consecutive audit events of one action on one entity, each recording a new record (no before-state),
/// packed into a few buffers rather than one allocation per event: what an `AuditPipeline` hands back.
struct AuditEventBatch: Sendable {
    var action: String
    var entity: AuditEntity
    var firstEventID: Int64
    var keys: [String] = []
    /// The after-states one after another; `stateEnds[i]` is where the i-th ends.
    var states: [UInt8] = []
    var stateEnds: [Int] = []
    /// 64 hex bytes per event: the chain head before the batch, then each event's hash.
    var hashes: [UInt8] = []
}
