import MusterCore
import MusterStore

/// A span's plan rows spelled where they were judged (CSV or JSON bytes, a table's cells), each with its key in
/// `PlanOrder`: the thread that prints the plan sorts the keys and moves the spelled rows, as `PlanReport.Row`'s
/// `typedValues` spell them one by one.
struct SpelledPlanRows<Rows: PickableRows & Sendable>: Sendable where Rows.Run: Sendable {
    var rows: Rows
    var order = PlanOrder.Span()

    init(_ rows: Rows) {
        self.rows = rows
    }

    /// The officer's items, in the order given: badge, last_name, first_name, program, need, item, hours_short
    /// (a number), due_by, status. The badge is the officer's, as every item of theirs has it.
    mutating func write(_ officer: Officer, _ items: [PlanItem]) {
        guard !items.isEmpty else { return }
        let names = rows.run([officer.badge, officer.lastName, officer.firstName])
        for item in items {
            rows.beginRow()
            rows.fields(names)
            rows.field(item.programID)
            rows.field(item.need.rawValue)
            rows.field(item.item)
            rows.field(item.hoursShort.map { ExportValue.number($0) } ?? .null)
            rows.field(item.dueBy)
            rows.field(item.status)
            rows.endRow()
            order.append(item)
        }
    }
}
