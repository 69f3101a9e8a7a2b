import MusterCore
import MusterStore
import OrderedWork

extension StandingStream {
    /// `forEachSpan`, also handing `judge` each officer's passed, non-voided completions as program passes keyed
    /// by `programs`, read straight from `completion_passed` (`SQLiteRecordStore.forEachOfficerRecords(_:completions:passes:within:_:)`).
    /// Without a `scope` the records hold the officer and their facts alone; without `programs` no passes are read.
    static func forEachSpan<Judged, Chunk: Sendable>(
        _ store: SQLiteRecordStore, _ filter: OfficerFilter, completions scope: CompletionScope?, passes programs: ProgramEngine?,
        every spanSize: Int = spanSize, judge: @escaping @Sendable (OfficerRecords, [ProgramPass], inout RequirementsMemo) -> Judged,
        start: @escaping @Sendable () -> Chunk,
        add: @escaping @Sendable (inout Chunk, OfficerRecords, Judged) -> Void,
        _ body: (Chunk) throws -> Void
    ) throws {
        let spans = BadgeSpan.between(try store.badgeBoundaries(filter, every: spanSize))
        try OrderedPipeline.run(pieces: spans.count, state: { RequirementsMemo() }, work: { memo, index in
            var chunk = start()
            // The cut is read by the thread's copy of the engine too (`RequirementsMemo.engine(for:)`).
            let scope = scope.map { scope in scope.engine.map { scope.judged(by: memo.engine(for: $0)) } ?? scope }
            try store.forEachOfficerRecords(filter, completions: scope, passes: programs, within: spans[index]) { records, passes in
                add(&chunk, records, judge(records, passes, &memo))
            }
            return chunk
        }, body)
    }
}
