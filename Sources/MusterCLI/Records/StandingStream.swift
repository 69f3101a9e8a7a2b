import Dispatch
import Foundation
import MusterCore
import MusterStore

/// Streams officers from the store and judges them with the status engine on every core. The agency is
/// cut into spans of badges; one thread per core reads a span (its own read of the database) and judges
/// it, while the caller hands the judged spans on in badge order. At most two spans per core wait to be
/// handed on, so memory stays bounded whatever the agency's size.
enum StandingStream {
    /// Officers per span: large enough that a span's queries cost little next to its rows, small enough
    /// that a span's records stay a few megabytes.
    static let spanSize = 2_048

    /// Calls `body` for every officer matching `filter`, in badge order, on the calling thread. Without
    /// `certifications` the standings hold modules only, which is all most callers read.
    /// Spans are read in separate read transactions, so a write committed during a long run may show in
    /// later spans only; each officer's records are always read together.
    static func forEach(
        _ store: SQLiteRecordStore, _ filter: OfficerFilter, engine: StatusEngine, asOf: CalendarDate,
        completions scope: CompletionScope = .all, certifications: Bool = true,
        _ body: (OfficerRecords, OfficerStanding) throws -> Void
    ) throws {
        let spans = BadgeSpan.between(try store.badgeBoundaries(filter, every: spanSize))
        let workers = min(max(1, ProcessInfo.processInfo.activeProcessorCount), spans.count)
        let judgements = spans.map { SpanJudgement(span: $0) }
        let window = DispatchSemaphore(value: workers * 2)
        let queue = SpanQueue(count: spans.count)
        // Threads of their own, not Dispatch's pool: the caller may itself be blocking a pool thread (an
        // async command on Linux), and the pool would then run the workers one at a time.
        for _ in 0..<workers {
            Thread.detachNewThread {
                while true {
                    window.wait()
                    guard let index = queue.claim() else {
                        window.signal()
                        return
                    }
                    judgements[index].judge(store, filter, scope: scope, engine: engine, asOf: asOf, certifications: certifications)
                }
            }
        }
        defer {
            // Whatever happened to the caller, let every worker wake up, see there is no more work and end.
            queue.cancel()
            for _ in 0..<workers { window.signal() }
        }
        for judgement in judgements {
            let (records, standings) = try judgement.take()
            for index in records.indices { try body(records[index], standings[index]) }
            window.signal()
        }
    }
}

/// The next span to read, shared by the worker threads.
private final class SpanQueue: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private let count: Int

    init(count: Int) {
        self.count = count
    }

    func claim() -> Int? {
        lock.withLock {
            guard next < count else { return nil }
            defer { next += 1 }
            return next
        }
    }

    func cancel() {
        lock.withLock { next = count }
    }
}

/// One span's officers and their standings, filled by a worker and taken by the caller: written once,
/// before `done` is signalled, and read only after waiting on it.
private final class SpanJudgement: @unchecked Sendable {
    let span: BadgeSpan
    private var records: [OfficerRecords] = []
    private var standings: [OfficerStanding] = []
    private var failure: (any Error)?
    private let done = DispatchSemaphore(value: 0)

    init(span: BadgeSpan) {
        self.span = span
    }

    func judge(_ store: SQLiteRecordStore, _ filter: OfficerFilter, scope: CompletionScope, engine: StatusEngine,
               asOf: CalendarDate, certifications: Bool) {
        do {
            try store.forEachOfficerRecords(filter, completions: scope, within: span) { records.append($0) }
            standings.reserveCapacity(records.count)
            var memo = RequirementsMemo()
            for index in records.indices {
                if certifications {
                    standings.append(engine.evaluate(records[index], asOf: asOf))
                } else {
                    standings.append(OfficerStanding(
                        badge: records[index].officer.badge, asOf: asOf,
                        modules: engine.moduleStandings(for: records[index], asOf: asOf, memo: &memo), certifications: []))
                }
            }
        } catch {
            failure = error
        }
        done.signal()
    }

    /// Waits for the span, then hands over its contents and forgets them.
    func take() throws -> ([OfficerRecords], [OfficerStanding]) {
        done.wait()
        if let failure { throw failure }
        defer {
            records = []
            standings = []
        }
        return (records, standings)
    }
}
