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
        let index = ProgramRecordIndex(try store.programRecords())
        let (programs, modules, filter, by) = (programs, modules, filter, by)
        var rows: [Row] = []
        // Modules are judged by their status lines as of the day, from the completions that can decide them (what
        // `muster status` reads, as compact rows: `CompletionScope.statusLines`): the lines carry all a plan item reads. Program
        // hours sum every counting pass in a cycle, which that cut does not keep: they are read beside it, straight
        // from `completion_passed` as plain values.
        try StandingStream.forEachSpan(
            store, filter, completions: .statusLines(asOf: by, engine: modules), passes: programs,
            judge: { records, passes, memo -> [PlanItem] in
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
            start: { [Row]() },
            add: { chunk, records, items in chunk += items.map { Row(officer: records.officer, item: $0) } }
        ) { chunk in rows += chunk }
        // The positions are sorted, not the rows: moving a row moves its officer's every field.
        return rows.indices.sorted { PlanItem.urgentFirst(rows[$0].item, rows[$1].item) }.map { rows[$0] }
    }
}
