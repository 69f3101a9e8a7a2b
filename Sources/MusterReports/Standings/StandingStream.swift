import MusterCore
import MusterStore
import OrderedWork

/// Streams officers from the store and judges them with the status engine on every core. The agency is
/// cut into spans of badges; one thread per core reads a span (its own read of the database) and judges
/// it, while the caller hands the judged spans on in badge order. At most two spans per core wait to be
/// handed on, so memory stays bounded whatever the agency's size.
public enum StandingStream {
    /// Officers per span: large enough that a span's queries cost little next to its rows, small enough
    /// that the spans in flight hold a small share of the agency.
    public static let spanSize = 2_048

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
    /// `add` gets no `records.completions`: the cut is read as compact rows (`CompletionScope.statusLines`), which
    /// is all the lines need.
    public static func forEachSpanOfStatusLines<Chunk: Sendable>(
        _ store: SQLiteRecordStore, _ filter: OfficerFilter, engine: StatusEngine, asOf: CalendarDate,
        every spanSize: Int = spanSize, start: @escaping @Sendable () -> Chunk,
        add: @escaping @Sendable (inout Chunk, OfficerRecords, [ModuleStatusLine]) -> Void,
        _ body: (Chunk) throws -> Void
    ) throws {
        try forEachSpan(store, filter, completions: .statusLines(asOf: asOf, engine: engine), every: spanSize,
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
        try forEachSpan(store, filter, completions: scope, passes: nil, every: spanSize,
                        judge: { records, _, memo in judge(records, &memo) }, start: start, add: add, body)
    }
}
