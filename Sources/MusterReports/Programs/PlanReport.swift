import MusterCore
import MusterStore

/// `muster plan --by DATE`: for the cycle holding DATE and the records on file now, what each officer must still
/// complete by then: hours short per program and minimum, once-every courses owed, and modules that will not be
/// current. One streamed pass over the officers; the items, a few per officer, are sorted most urgent first.
public struct PlanReport: Sendable {
    public static let columns = ["badge", "last_name", "first_name", "program", "need", "item", "hours_short", "due_by",
                                 "status"]

    public let filter: OfficerFilter
    public let by: CalendarDate
    private let programs: ProgramEngine
    private let modules: StatusEngine

    public init(curriculum: Curriculum, filter: OfficerFilter, by: CalendarDate) {
        programs = ProgramEngine(curriculum: curriculum)
        modules = StatusEngine(curriculum: curriculum)
        self.filter = filter.asOfADay
        self.by = by
    }

    public struct Row: Sendable {
        public var officer: Officer
        public var item: PlanItem

        public var values: [String?] {
            [item.badge, officer.lastName, officer.firstName, item.programID, item.need.rawValue, item.item,
             item.hoursShort.map(Hours.text), item.dueBy?.iso, item.status]
        }

        /// `values` typed: `hours_short` a number (null when the item owes a course or a module, not hours).
        public var typedValues: [ExportValue] {
            [.text(item.badge), .text(officer.lastName), .text(officer.firstName), .optionalText(item.programID),
             .text(item.need.rawValue), .text(item.item), item.hoursShort.map { .number($0) } ?? .null,
             .optionalText(item.dueBy?.iso), .text(item.status)]
        }
    }

    /// Every item, most urgent first. Officers are judged span by span on every core.
    public func rows(from store: SQLiteRecordStore) throws -> [Row] {
        var rows: [Row] = []
        try forEachSpan(from: store, start: { [Row]() },
                        add: { chunk, officer, items in chunk += items.map { Row(officer: officer, item: $0) } }) { rows += $0 }
        // The positions are sorted, not the rows: moving a row moves its officer's every field.
        return rows.indices.sorted { PlanItem.urgentFirst(rows[$0].item, rows[$1].item) }.map { rows[$0] }
    }

    /// `rows(from:)` spelled into `rows` (CSV or JSON bytes, a table's cells) on the cores that judged them, handed
    /// to `body` most urgent first in pieces of `pieceSize` rows: the calling thread only sorts small keys
    /// (`PlanOrder`) and copies spelled rows in their order.
    public func forEachSortedPiece<Rows: PickableRows & Sendable>(
        from store: SQLiteRecordStore, rows: @escaping @Sendable () -> Rows, every pieceSize: Int = 4_096,
        spanSize: Int = StandingStream.spanSize, _ body: (Rows) throws -> Void
    ) throws where Rows.Run: Sendable {
        var spans: [SpelledPlanRows<Rows>] = []
        try forEachSpan(from: store, every: spanSize, start: { SpelledPlanRows(rows()) },
                        add: { spelled, officer, items in spelled.write(officer, items) }) { spans.append($0) }
        let order = PlanOrder.sorted(spans.map(\.order))
        let spelled = spans.map(\.rows)
        spans = []
        for start in stride(from: 0, to: order.count, by: pieceSize) {
            var piece = rows()
            piece.append(order[start..<min(start + pieceSize, order.count)], of: spelled)
            try body(piece)
        }
    }

    /// Judges every officer span by span on every core and hands each officer's items, in the order judged, to `add`
    /// there; `body` gets the spans in badge order.
    private func forEachSpan<Chunk: Sendable>(
        from store: SQLiteRecordStore, every spanSize: Int = StandingStream.spanSize, start: @escaping @Sendable () -> Chunk,
        add: @escaping @Sendable (inout Chunk, Officer, [PlanItem]) -> Void, _ body: (Chunk) throws -> Void
    ) throws {
        let index = ProgramRecordIndex(try store.programRecords())
        let (programs, modules, filter, by) = (programs, modules, filter, by)
        // Modules are judged by their status lines as of the day, from the completions that can decide them (what
        // `muster status` reads, as compact rows: `CompletionScope.statusLines`): the lines carry all a plan item reads. Program
        // hours sum every counting pass in a cycle, which that cut does not keep: they are read beside it, straight
        // from `completion_passed` as plain values, and the cut's newest and earliest passes are worked out from
        // those same passes (`PassCut`) rather than read again.
        try StandingStream.forEachSpan(
            store, filter, completions: .statusLines(asOf: by, engine: modules), passes: programs,
            every: spanSize, judge: { records, passes, memo -> [PlanItem] in
                guard filter.keeps(records, on: by) else { return [] }
                var items: [PlanItem] = []
                let own = index.records(for: records)
                for standing in programs.standings(for: records, passes: passes, programs: own, asOf: by, listsCounted: false) {
                    items += standing.planItems
                }
                let badge = records.officer.badge
                for line in modules.moduleStatusLines(for: records, asOf: by, memo: &memo) {
                    if let item = line.planItem(badge: badge) { items.append(item) }
                }
                return items
            },
            start: start, add: { chunk, records, items in add(&chunk, records.officer, items) }, body)
    }
}
