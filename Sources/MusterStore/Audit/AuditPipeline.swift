import OrderedWork

/// Builds the audit events of a bulk command's records on a second thread while the writing thread inserts
/// the next rows: the after-state JSON, the chained SHA-256 and its hex are a good part of a large roster's or
/// import's cost and need nothing from the database, while SQLite can only use the writer's thread.
///
/// The writer `add`s each record it has inserted, in order; every `chunkSize` of them go to an ordered
/// pipeline with one worker, which continues the hash chain through the chunks in that order, so the events
/// are exactly those the one-at-a-time path appends (same ids, states and hashes). One chunk is in flight
/// while the writer inserts the next, and each chunk's events come back to the writer, which inserts them
/// (`CommandContext.appendEvents`).
final class AuditPipeline<Item: Sendable> {
    /// Records per chunk handed to the worker.
    static var chunkSize: Int { 1_024 }

    let action: String
    let entity: AuditEntity
    private let pipeline: OrderedPipeline<[Item], AuditEventBatch, Never>
    private var chunk: [Item] = []
    private var inFlight = 0

    /// Continues the chain after event `lastEventID` whose hash is `lastHash`. `describe` writes an item's
    /// after-state as canonical JSON and returns its entity key; `alongside` is also given every item, in
    /// order, on the worker: other work that needs each record but not the database.
    init(action: String, entity: AuditEntity, occurredAt: String, actor: String, lastEventID: Int64, lastHash: [UInt8],
         describe: @escaping @Sendable (Item, inout CanonicalJSONWriter) -> String,
         alongside: (@Sendable (Item) -> Void)? = nil) {
        self.action = action
        self.entity = entity
        // One worker, so the chain runs through the chunks in the order they were added.
        pipeline = OrderedPipeline(workers: 1, lookAhead: 2, state: {
            AuditChain(occurredAt: occurredAt, actor: actor, action: action, entity: entity, after: lastEventID,
                       hash: lastHash)
        }) { chain, items in
            chain.events(of: items, describe: describe, alongside: alongside)
        }
        chunk.reserveCapacity(Self.chunkSize)
    }

    /// Takes a record just inserted. When a chunk's events are back while the next is being built, hands them
    /// to `insert`, so that at most one chunk waits on the worker.
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
        pipeline.submit(chunk)
        chunk = []
        chunk.reserveCapacity(Self.chunkSize)
        inFlight += 1
    }

    /// The events of the oldest submitted chunk not taken yet, waiting for them if need be.
    private func nextBatch() -> AuditEventBatch {
        inFlight -= 1
        guard let batch = pipeline.next() else { preconditionFailure("a chunk was submitted, so its events come back") }
        return batch
    }
}

/// The hash chain as the pipeline's worker continues it, chunk after chunk.
private struct AuditChain {
    let occurredAt: String
    let actor: String
    let action: String
    let entity: AuditEntity
    var nextEventID: Int64
    var lastHash: [UInt8]
    var state = CanonicalJSONWriter()
    var scratch = CanonicalJSONWriter(capacity: 1024)

    init(occurredAt: String, actor: String, action: String, entity: AuditEntity, after lastEventID: Int64,
         hash: [UInt8]) {
        self.occurredAt = occurredAt
        self.actor = actor
        self.action = action
        self.entity = entity
        nextEventID = lastEventID + 1
        lastHash = hash
    }

    mutating func events<Item>(
        of items: [Item], describe: (Item, inout CanonicalJSONWriter) -> String,
        alongside: ((Item) -> Void)?
    ) -> AuditEventBatch {
        var events = AuditEventBatch(firstEventID: nextEventID, occurredAt: occurredAt, actor: actor, action: action,
                                     entity: entity, chainHead: lastHash, capacity: items.count)
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
