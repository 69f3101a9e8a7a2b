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
    }

    /// Every item, most urgent first.
    public func rows(from store: SQLiteRecordStore) throws -> [Row] {
        let index = ProgramRecordIndex(try store.programRecords())
        var rows: [Row] = []
        try store.forEachOfficerRecords(filter, completions: .all) { records in
            guard filter.keeps(records, on: by) else { return }
            let own = index.records(for: records)
            for standing in programs.standings(for: records, programs: own, asOf: by) {
                rows += standing.planItems.map { Row(officer: records.officer, item: $0) }
            }
            for standing in modules.moduleStandings(for: records, asOf: by) {
                if let item = standing.planItem { rows.append(Row(officer: records.officer, item: item)) }
            }
        }
        return rows.sorted { PlanItem.urgentFirst($0.item, $1.item) }
    }
}
