import Dispatch
import Foundation
import MusterCore
import MusterStore

/// Builds the TUI's agency snapshot from the store: officers streamed in chunks, each chunk's module
/// standings judged on every core while the store reads the next chunk, then folded into the builder in
/// badge order.
///
/// Only module standings are judged: the snapshot shows no certification, and judging certifications
/// too (as `StandingStream` does for `muster status`) would double the status engine's work.
enum SnapshotLoader {
    /// Large enough to keep every core busy, small enough that the two chunks alive at once (one being
    /// read, one being judged) stay a few megabytes each.
    static let chunkSize = 1_024

    static func load(_ store: SQLiteRecordStore, curriculum: Curriculum, asOf: CalendarDate,
                     chunkSize: Int = chunkSize) throws -> AgencySnapshot {
        let engine = StatusEngine(curriculum: curriculum)
        var builder = AgencySnapshotBuilder(curriculum: curriculum, asOf: asOf)
        var judging: JudgedChunk?
        func finish() {
            guard let chunk = judging else { return }
            for (records, standings) in zip(chunk.records, chunk.standings()) { builder.add(records, moduleStandings: standings) }
            judging = nil
        }
        var chunk: [OfficerRecords] = []
        chunk.reserveCapacity(chunkSize)
        try store.forEachOfficerRecords(.all) { records in
            chunk.append(records)
            guard chunk.count == chunkSize else { return }
            finish()
            judging = JudgedChunk(chunk, engine: engine, asOf: asOf)
            chunk = []
            chunk.reserveCapacity(chunkSize)
        }
        finish()
        if !chunk.isEmpty {
            judging = JudgedChunk(chunk, engine: engine, asOf: asOf)
            finish()
        }
        return builder.build()
    }
}

/// One chunk of officers whose module standings are being judged in the background, on every core.
private final class JudgedChunk: @unchecked Sendable {
    let records: [OfficerRecords]
    private var results: [[ModuleStanding]]
    private let done = DispatchGroup()

    init(_ records: [OfficerRecords], engine: StatusEngine, asOf: CalendarDate) {
        self.records = records
        results = Array(repeating: [], count: records.count)
        let workers = min(max(1, ProcessInfo.processInfo.activeProcessorCount), max(1, records.count))
        done.enter()
        DispatchQueue.global().async { [self] in
            results.withUnsafeMutableBufferPointer { buffer in
                // Each worker writes only its own indices, so no slot is ever written twice.
                nonisolated(unsafe) let slots = buffer
                DispatchQueue.concurrentPerform(iterations: workers) { worker in
                    for index in stride(from: worker, to: records.count, by: workers) {
                        slots[index] = engine.moduleStandings(for: records[index], asOf: asOf)
                    }
                }
            }
            done.leave()
        }
    }

    /// The standings, in the chunk's order, once every worker is done (waits for them).
    func standings() -> [[ModuleStanding]] {
        done.wait()
        return results
    }
}
