import GRDB
import MusterCore

extension SQLiteRecordStore {
    /// Passed, not-voided completions per calendar month ("YYYY-MM") completed from `from` through `through` by
    /// `agency`'s officers (the home agency's by default: a dashboard counts its own agency's officers alone,
    /// `AgencyCondition`).
    ///
    /// The home agency holds nearly every officer, so its months are every completion's, counted from
    /// `completion_module_date` one range of dates per module without reading the completions (the index
    /// carries the result and the void), less the few partner officers' read through their badges.
    public func countedCompletionsPerMonth(from: CalendarDate, through: CalendarDate,
                                           agency: String = Agency.homeID) throws -> [String: Int] {
        try read { db in
            let days: StatementArguments = [from.iso, through.iso]
            guard agency == Agency.homeID else {
                return try Self.monthCounts(db, officers: AgencyCondition.members(of: agency), days: days)
            }
            var counts = try Self.monthCounts(db, sql: Self.countedPerMonthSQL, arguments: days)
            for (month, count) in try Self.monthCounts(db, officers: AgencyCondition.others(of: agency), days: days) {
                counts[month, default: 0] -= count
            }
            return counts.filter { $0.value != 0 }
        }
    }

    static let countedPerMonthSQL = """
        SELECT substr(completed_on, 1, 7), COUNT(*) FROM completion INDEXED BY completion_module_date
        WHERE module_id IN (SELECT module_id FROM module_version)
          AND result = 'pass' AND voided_reason IS NULL AND completed_on BETWEEN ? AND ?
        GROUP BY 1
        """

    /// The month counts of the officers `officers` selects, read officer by officer through `completion_badge_module`.
    private static func monthCounts(_ db: Database, officers: (sql: String, arguments: StatementArguments),
                                    days: StatementArguments) throws -> [String: Int] {
        try monthCounts(db, sql: countedPerMonthSQL(officers: officers.sql), arguments: officers.arguments + days)
    }

    /// CROSS JOIN keeps the officers outside: without statistics SQLite would otherwise walk every completion
    /// and look each one's officer up, rather than the few partner officers' completions by badge.
    static func countedPerMonthSQL(officers condition: String) -> String {
        """
        SELECT substr(c.completed_on, 1, 7), COUNT(*) FROM officer o
        CROSS JOIN completion c INDEXED BY completion_badge_module ON c.badge = o.badge
        WHERE \(condition) AND c.module_id IN (SELECT module_id FROM module_version)
          AND c.result = 'pass' AND c.voided_reason IS NULL AND c.completed_on BETWEEN ? AND ?
        GROUP BY 1
        """
    }

    private static func monthCounts(_ db: Database, sql: String, arguments: StatementArguments) throws -> [String: Int] {
        var counts: [String: Int] = [:]
        let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        while let row = try rows.next() { counts[row[0]] = row[1] }
        return counts
    }
}
