import Dispatch
import Foundation
import MusterCore
import MusterStore

/// Streams officers from the store and judges them with the status engine on every core: officers are
/// read in chunks, each chunk evaluated in parallel, and the results handed on in badge order.
enum StandingStream {
    /// Large enough to keep every core busy, small enough that a chunk's records stay a few megabytes.
    static let chunkSize = 2_048

    static func forEach(
        _ store: SQLiteRecordStore, _ filter: OfficerFilter, engine: StatusEngine, asOf: CalendarDate,
        completions scope: CompletionScope = .all, _ body: (OfficerRecords, OfficerStanding) throws -> Void
    ) throws {
        var chunk: [OfficerRecords] = []
        chunk.reserveCapacity(chunkSize)
        func flush() throws {
            for (records, standing) in zip(chunk, evaluate(chunk, engine: engine, asOf: asOf)) { try body(records, standing) }
            chunk.removeAll(keepingCapacity: true)
        }
        try store.forEachOfficerRecords(filter, completions: scope) { records in
            chunk.append(records)
            if chunk.count == chunkSize { try flush() }
        }
        try flush()
    }

    static func evaluate(_ chunk: [OfficerRecords], engine: StatusEngine, asOf: CalendarDate) -> [OfficerStanding] {
        let workers = min(max(1, ProcessInfo.processInfo.activeProcessorCount), max(1, chunk.count))
        var standings = [OfficerStanding?](repeating: nil, count: chunk.count)
        standings.withUnsafeMutableBufferPointer { buffer in
            // Each worker writes only its own indices, so the shared buffer is never written twice.
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                for index in stride(from: worker, to: chunk.count, by: workers) {
                    slots[index] = engine.evaluate(chunk[index], asOf: asOf)
                }
            }
        }
        return standings.compactMap { $0 }
    }
}
