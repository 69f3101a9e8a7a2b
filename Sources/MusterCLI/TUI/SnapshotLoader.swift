import Dispatch
import Foundation
import MusterCore
import MusterStore

/// Builds the TUI's agency snapshot from the store: officers streamed in chunks, each chunk's module
/// standings judged on every core, then folded into the builder in badge order.
///
/// Only module standings are judged: the snapshot shows no certification, and judging certifications
/// too (as `StandingStream` does for `muster status`) would double the status engine's work.
enum SnapshotLoader {
    /// Large enough to keep every core busy, small enough that a chunk's records stay a few megabytes.
    static let chunkSize = 2_048

    static func load(_ store: SQLiteRecordStore, curriculum: Curriculum, asOf: CalendarDate,
                     chunkSize: Int = chunkSize) throws -> AgencySnapshot {
        let engine = StatusEngine(curriculum: curriculum)
        var builder = AgencySnapshotBuilder(curriculum: curriculum, asOf: asOf)
        var chunk: [OfficerRecords] = []
        chunk.reserveCapacity(chunkSize)
        func flush() {
            for (records, standings) in zip(chunk, moduleStandings(chunk, engine: engine, asOf: asOf)) {
                builder.add(records, moduleStandings: standings)
            }
            chunk.removeAll(keepingCapacity: true)
        }
        try store.forEachOfficerRecords(.all) { records in
            chunk.append(records)
            if chunk.count == chunkSize { flush() }
        }
        flush()
        return builder.build()
    }

    private static func moduleStandings(_ chunk: [OfficerRecords], engine: StatusEngine, asOf: CalendarDate) -> [[ModuleStanding]] {
        let workers = min(max(1, ProcessInfo.processInfo.activeProcessorCount), max(1, chunk.count))
        var standings = [[ModuleStanding]](repeating: [], count: chunk.count)
        standings.withUnsafeMutableBufferPointer { buffer in
            // Each worker writes only its own indices, so no slot is ever written twice.
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                for index in stride(from: worker, to: chunk.count, by: workers) {
                    slots[index] = engine.moduleStandings(for: chunk[index], asOf: asOf)
                }
            }
        }
        return standings
    }
}
