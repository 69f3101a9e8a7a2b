import GRDB
import MusterCore

extension CommandContext {
    /// The assignment already made and in force that the request would only repeat (`RepeatedAssignment`).
    func repeatedAssignment(
        target: Assignment.Target, assignee: Assignment.Assignee, dueOn: CalendarDate?, from: CalendarDate?,
        newMembersWithinDays: Int
    ) throws -> Int64? {
        let (column, value): (String, String) = switch assignee {
        case .officer(let badge): ("badge", badge)
        case .unit(let unit): ("unit", unit)
        }
        let rows = try Row.fetchAll(
            db, sql: "SELECT * FROM assignment WHERE \(column) = ? AND COALESCE(module_id, certification_id) = ? ORDER BY id",
            arguments: [value, target.id])
        return rows.map(RowDecoding.assignment).first {
            RepeatedAssignment.repeats($0, target: target, assignee: assignee, dueOn: dueOn, from: from,
                                       newMembersWithinDays: newMembersWithinDays, today: today)
        }?.id
    }
}
