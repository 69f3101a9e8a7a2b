import Dispatch
import Foundation
import MusterCore

/// Builds the audit events of a large roster's completions on a second thread while the writing thread
/// inserts the next rows: the after-state JSON, the chained SHA-256 and its hex are about a tenth of a
/// roster's cost and need nothing from the database, while SQLite can only use the writer's thread.
///
/// The writer hands over each chunk of completions it has inserted, in order; one serial queue continues
/// the hash chain through the chunks in that order, so the events are exactly those the one-at-a-time path
/// appends (same ids, states and hashes). The writer inserts each chunk's events as they come back.
final class CompletionAuditPipeline: @unchecked Sendable {
    // Soundness of the unchecked Sendable: `nextEventID` and `lastHash` are touched only on `queue`;
    // `finished` only under `lock`; the rest is immutable.

    /// A completion as just inserted: everything its after-state holds.
    struct Inserted: Sendable {
        var id: Int64
        var badge: String
        var moduleID: String
        var moduleVersion: String
        var completedOn: CalendarDate
        var result: String
        var score: Int?
        var hours: Double?
        var instructor: String?
        var sessionID: Int64?
    }

    /// A chunk's events, packed into a few buffers rather than one allocation per event.
    struct Events: Sendable {
        var firstEventID: Int64
        var keys: [String] = []
        /// The after-states one after another; `stateEnds[i]` is where the i-th ends.
        var states: [UInt8] = []
        var stateEnds: [Int] = []
        /// 64 hex bytes per event: the chain head before the chunk, then each event's hash.
        var hashes: [UInt8] = []
    }

    static let action = "recordCompletion"

    private let queue = DispatchQueue(label: "muster.audit-chain")
    private let occurredAt: String
    private let actor: String
    private var nextEventID: Int64
    private var lastHash: [UInt8]
    private let lock = NSLock()
    private let ready = DispatchSemaphore(value: 0)
    private var finished: [Events] = []

    /// Continues the chain after event `lastEventID` whose hash is `lastHash`.
    init(occurredAt: String, actor: String, lastEventID: Int64, lastHash: [UInt8]) {
        self.occurredAt = occurredAt
        self.actor = actor
        self.nextEventID = lastEventID + 1
        self.lastHash = lastHash
    }

    /// Queues a chunk; its events come back, in submission order, from `nextEvents()`.
    func submit(_ chunk: [Inserted]) {
        queue.async {
            let events = self.events(of: chunk)
            self.lock.withLock { self.finished.append(events) }
            self.ready.signal()
        }
    }

    /// The events of the oldest submitted chunk not taken yet, waiting for them if need be.
    func nextEvents() -> Events {
        ready.wait()
        return lock.withLock { finished.removeFirst() }
    }

    /// Runs on `queue`, continuing the chain.
    private func events(of chunk: [Inserted]) -> Events {
        var events = Events(firstEventID: nextEventID)
        events.keys.reserveCapacity(chunk.count)
        events.stateEnds.reserveCapacity(chunk.count)
        events.states.reserveCapacity(chunk.count * 320)
        events.hashes.reserveCapacity((chunk.count + 1) * 64)
        events.hashes.append(contentsOf: lastHash)
        var state = CanonicalJSONWriter()
        var scratch = CanonicalJSONWriter(capacity: 1024)
        for completion in chunk {
            state.removeAll()
            RecordState.completion(
                id: completion.id, badge: completion.badge, moduleID: completion.moduleID,
                moduleVersion: completion.moduleVersion, completedOn: completion.completedOn, result: completion.result,
                score: completion.score, hours: completion.hours, instructor: completion.instructor,
                sessionID: completion.sessionID, into: &state)
            let key = String(completion.id)
            let hash = AuditHashing.hash(
                prevHash: lastHash, id: nextEventID, occurredAt: occurredAt, actor: actor, action: Self.action,
                entity: AuditEntity.completion.rawValue, entityKey: key, before: nil, after: state.bytes,
                scratch: &scratch)
            events.keys.append(key)
            events.states.append(contentsOf: state.bytes)
            events.stateEnds.append(events.states.count)
            events.hashes.append(contentsOf: hash)
            nextEventID += 1
            lastHash = hash
        }
        return events
    }
}
