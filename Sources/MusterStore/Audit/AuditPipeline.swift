import Dispatch
import Foundation

/// Builds the audit events of a bulk command's records on a second thread while the writing thread inserts
/// the next rows: the after-state JSON, the chained SHA-256 and its hex are a good part of a large roster's or
/// import's cost and need nothing from the database, while SQLite can only use the writer's thread.
///
/// The writer `add`s each record it has inserted, in order; every `chunkSize` of them go to one serial queue
/// that continues the hash chain through the chunks in that order, so the events are exactly those the
/// one-at-a-time path appends (same ids, states and hashes). One chunk is in flight while the writer inserts
/// the next, and each chunk's events come back to the writer, which inserts them (`CommandContext.appendEvents`).
final class AuditPipeline<Item: Sendable>: @unchecked Sendable {
    // Soundness of the unchecked Sendable: `nextEventID` and `lastHash` are touched only on `queue`;
    // `finished` only under `lock`; `chunk` and `inFlight` only by the writer; the rest is immutable.

    /// Records per chunk handed to the queue.
    static var chunkSize: Int { 1_024 }

    let action: String
    let entity: AuditEntity
    /// Writes an item's after-state as canonical JSON and returns its entity key.
    private let describe: @Sendable (Item, inout CanonicalJSONWriter) -> String
    /// Also given every item, in order, on `queue`: other work that needs each record but not the database.
    private let alongside: (@Sendable (Item) -> Void)?
    private let queue = DispatchQueue(label: "muster.audit-chain")
    private let occurredAt: String
    private let actor: String
    private var nextEventID: Int64
    private var lastHash: [UInt8]
    private let lock = NSLock()
    private let ready = DispatchSemaphore(value: 0)
    private var finished: [AuditEventBatch] = []
    private var chunk: [Item] = []
    private var inFlight = 0

    /// Continues the chain after event `lastEventID` whose hash is `lastHash`.
    init(action: String, entity: AuditEntity, occurredAt: String, actor: String, lastEventID: Int64, lastHash: [UInt8],
         describe: @escaping @Sendable (Item, inout CanonicalJSONWriter) -> String,
         alongside: (@Sendable (Item) -> Void)? = nil) {
        self.action = action
        self.entity = entity
        self.occurredAt = occurredAt
        self.actor = actor
        self.nextEventID = lastEventID + 1
        self.lastHash = lastHash
        self.describe = describe
        self.alongside = alongside
        chunk.reserveCapacity(Self.chunkSize)
    }

    /// Takes a record just inserted. When a chunk's events are back while the next is being built, hands them
    /// to `insert`, so that at most one chunk waits on the queue.
    func add(_ item: Item, insert: (AuditEventBatch) throws -> Void) rethrows {
        chunk.append(item)
        guard chunk.count == Self.chunkSize else { return }
        submitChunk()
        if inFlight > 1 {
            try insert(nextBatch())
        }
    }

    /// Hands the events of every record added so far to `insert`, in order.
    func finish(insert: (AuditEventBatch) throws -> Void) rethrows {
        if !chunk.isEmpty { submitChunk() }
        while inFlight > 0 {
            try insert(nextBatch())
        }
    }

    private func submitChunk() {
        let items = chunk
        chunk = []
        chunk.reserveCapacity(Self.chunkSize)
        inFlight += 1
        queue.async {
            let events = self.events(of: items)
            self.lock.withLock { self.finished.append(events) }
            self.ready.signal()
        }
    }

    /// The events of the oldest submitted chunk not taken yet, waiting for them if need be.
    private func nextBatch() -> AuditEventBatch {
        ready.wait()
        inFlight -= 1
        return lock.withLock { finished.removeFirst() }
    }

    /// Runs on `queue`, continuing the chain.
    private func events(of items: [Item]) -> AuditEventBatch {
        var events = AuditEventBatch(firstEventID: nextEventID, occurredAt: occurredAt, actor: actor, action: action,
                                     entity: entity, chainHead: lastHash, capacity: items.count)
        var state = CanonicalJSONWriter()
        var scratch = CanonicalJSONWriter(capacity: 1024)
        for item in items {
            state.removeAll()
            let key = describe(item, &state)
            let hash = AuditHashing.hash(
                prevHash: lastHash, id: nextEventID, occurredAt: occurredAt, actor: actor, action: action,
                entity: entity.rawValue, entityKey: key, before: nil, after: state.bytes, scratch: &scratch)
            events.append(key: key, state: state.bytes, hash: hash)
            nextEventID += 1
            lastHash = hash
            alongside?(item)
        }
        return events
    }
}
