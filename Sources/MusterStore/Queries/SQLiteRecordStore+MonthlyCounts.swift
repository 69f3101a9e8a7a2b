import GRDB
import MusterCore

extension SQLiteRecordStore {
    /// Passed, not-voided completions per calendar month ("YYYY-MM") completed from `from` through `through`,
    /// counted from `completion_module_date`, one range of dates per module, without reading the completions
    /// themselves: the index carries the result and the void.
    public func countedCompletionsPerMonth(from: CalendarDate, through: CalendarDate) throws -> [String: Int] {
        try read { db in
            var counts: [String: Int] = [:]
            let rows = try Row.fetchCursor(db, sql: Self.countedPerMonthSQL, arguments: [from.iso, through.iso])
            while let row = try rows.next() { counts[row[0]] = row[1] }
            return counts
        }
    }

    static let countedPerMonthSQL = """
        SELECT substr(completed_on, 1, 7), COUNT(*) FROM completion INDEXED BY completion_module_date
        WHERE module_id IN (SELECT module_id FROM module_version)
          AND result = 'pass' AND voided_reason IS NULL AND completed_on BETWEEN ? AND ?
        GROUP BY 1
        """
}
