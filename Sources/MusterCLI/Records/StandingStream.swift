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
        try forEachSpan(store, filter, completions: scope,
                        judge: { records, memo in
                            certifications
                                ? engine.evaluate(records, asOf: asOf)
                                : OfficerStanding(badge: records.officer.badge, asOf: asOf,
                                                  modules: engine.moduleStandings(for: records, asOf: asOf, memo: &memo),
                                                  certifications: [])
                        },
                        start: { [(OfficerRecords, OfficerStanding)]() }, add: { $0.append(($1, $2)) }) { judged in
            for index in judged.indices { try body(judged[index].0, judged[index].1) }
        }
    }

    /// Every officer's module status lines (no evidence, no certifications): what reports and the
    /// dashboard print, judged on every core. Each officer is handed to `add` on the thread that judged
    /// it, to fold into that span's chunk; `body` gets the chunks in badge order on the calling thread.
    static func forEachSpanOfStatusLines<Chunk: Sendable>(
        _ store: SQLiteRecordStore, _ filter: OfficerFilter, engine: StatusEngine, asOf: CalendarDate,
        every spanSize: Int = spanSize, start: @escaping @Sendable () -> Chunk,
        add: @escaping @Sendable (inout Chunk, OfficerRecords, [ModuleStatusLine]) -> Void,
        _ body: (Chunk) throws -> Void
    ) throws {
        try forEachSpan(store, filter, completions: .standingBasis(asOf: asOf), every: spanSize,
                        judge: { records, memo in engine.moduleStatusLines(for: records, asOf: asOf, memo: &memo) },
                        start: start, add: add, body)
    }

    /// Reads the officers span by span on one thread per core, judges each with `judge` and folds it into
    /// its span's chunk with `add`, there and then; `body` then gets the chunks in badge order on the
    /// calling thread. Work that can be done per officer (encoding output rows, say) thus runs on every
    /// core, and the records are freed where they were made.
    static func forEachSpan<Judged, Chunk: Sendable>(
        _ store: SQLiteRecordStore, _ filter: OfficerFilter, completions scope: CompletionScope, every spanSize: Int = spanSize,
        judge: @escaping @Sendable (OfficerRecords, inout RequirementsMemo) -> Judged,
        start: @escaping @Sendable () -> Chunk,
        add: @escaping @Sendable (inout Chunk, OfficerRecords, Judged) -> Void,
        _ body: (Chunk) throws -> Void
    ) throws {
        let spans = BadgeSpan.between(try store.badgeBoundaries(filter, every: spanSize))
        let workers = min(max(1, ProcessInfo.processInfo.activeProcessorCount), spans.count)
        let judgements = spans.map { _ in SpanJudgement<Chunk>() }
        let window = DispatchSemaphore(value: workers * 2)
        let queue = SpanQueue(count: spans.count)
        // Threads of their own, not Dispatch's pool: the caller may itself be blocking a pool thread (an
        // async command on Linux), and the pool would then run the workers one at a time.
        for _ in 0..<workers {
            Thread.detachNewThread {
                var memo = RequirementsMemo()
                while true {
                    window.wait()
                    guard let index = queue.claim() else {
                        window.signal()
                        return
                    }
                    judgements[index].fill {
                        var chunk = start()
                        try store.forEachOfficerRecords(filter, completions: scope, within: spans[index]) { records in
                            add(&chunk, records, judge(records, &memo))
                        }
                        return chunk
                    }
                }
            }
        }
        defer {
            // Whatever happened to the caller, let every worker wake up, see there is no more work and end.
            queue.cancel()
            for _ in 0..<workers { window.signal() }
        }
        for judgement in judgements {
            try body(try judgement.take())
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

/// One span's chunk, filled by a worker and taken by the caller: written once, before `done` is
/// signalled, and read only after waiting on it.
private final class SpanJudgement<Chunk>: @unchecked Sendable {
    private var chunk: Chunk?
    private var failure: (any Error)?
    private let done = DispatchSemaphore(value: 0)

    func fill(_ make: () throws -> Chunk) {
        do {
            chunk = try make()
        } catch {
            failure = error
        }
        done.signal()
    }

    /// Waits for the span, then hands over its chunk and forgets it.
    func take() throws -> Chunk {
        done.wait()
        if let failure { throw failure }
        defer { chunk = nil }
        return chunk!
    }
}
