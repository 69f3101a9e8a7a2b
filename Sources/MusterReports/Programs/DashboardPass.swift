import MusterCore
import MusterStore

extension StandingStream {
    /// The dashboard's one pass: every officer's module status lines and, when any program is assigned, the
    /// program standings `muster status --programs` would list for them (home agency, serving that day), judged
    /// from the same read: module lines from the status-basis cut, as `muster status` reads it, and program hours,
    /// which sum every counting pass in a cycle (more than the cut keeps), from the plain passes read beside it.
    public static func forEachSpanOfDashboardLines<Chunk: Sendable>(
        _ store: SQLiteRecordStore, curriculum: Curriculum, asOf: CalendarDate, start: @escaping @Sendable () -> Chunk,
        add: @escaping @Sendable (inout Chunk, OfficerRecords, [ModuleStatusLine], [ProgramStanding]) -> Void,
        _ body: (Chunk) throws -> Void
    ) throws {
        let engine = StatusEngine(curriculum: curriculum)
        let programs = ProgramRecordIndex(try store.programRecords())
        guard !programs.isEmpty else {
            return try forEachSpanOfStatusLines(store, .all, engine: engine, asOf: asOf, start: start,
                                                add: { chunk, records, lines in add(&chunk, records, lines, []) }, body)
        }
        let programEngine = ProgramEngine(curriculum: curriculum)
        let scope = OfficerFilter(agency: Agency.homeID).asOfADay
        try forEachSpan(
            store, .all, completions: .statusLines(asOf: asOf, engine: engine), passes: programEngine,
            judge: { records, passes, memo -> ([ModuleStatusLine], [ProgramStanding]) in
                let lines = engine.moduleStatusLines(for: records, asOf: asOf, memo: &memo)
                let own = programs.records(for: records)
                guard !own.assignments.isEmpty, records.officer.agency == nil, scope.keeps(records, on: asOf) else {
                    return (lines, [])
                }
                return (lines, programEngine.standings(for: records, passes: passes, programs: own, asOf: asOf))
            },
            start: start, add: { chunk, records, judged in add(&chunk, records, judged.0, judged.1) }, body)
    }
}
