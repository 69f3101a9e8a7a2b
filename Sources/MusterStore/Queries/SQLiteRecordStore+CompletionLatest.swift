import GRDB

extension SQLiteRecordStore {
    /// Recomputes `completion_latest` from `completion` (`CompletionLatestRule.recomputed`) and names every
    /// officer × module × version where the stored copy differs (a row missing, stale or extra), which only an
    /// edit made outside Muster can cause. Empty when the two agree.
    public func completionLatestMismatches(limit: Int = 20) throws -> [String] {
        let columns = CompletionLatestRule.columns.map(\.name).joined(separator: ", ")
        let key = CompletionLatestRule.key.map(\.name)
        let sameKey = key.map { "m.\($0) = extra.\($0)" }.joined(separator: " AND ")
        return try read { db in
            let rows = try Row.fetchAll(db, sql: """
                WITH expected AS (\(CompletionLatestRule.recomputed)),
                stored AS (SELECT \(columns) FROM \(CompletionLatestRule.table)),
                missing AS (SELECT * FROM expected EXCEPT SELECT * FROM stored),
                extra AS (SELECT * FROM stored EXCEPT SELECT * FROM expected)
                SELECT 'differs from' AS problem, \(key.joined(separator: ", ")) FROM missing
                UNION ALL
                SELECT 'has a row the completions do not support for', \(key.joined(separator: ", ")) FROM extra
                WHERE NOT EXISTS (SELECT 1 FROM missing m WHERE \(sameKey))
                ORDER BY 2, 3, 4 LIMIT ?
                """, arguments: [limit])
            return rows.map { row in
                let problem: String = row[0]
                let badge: String = row[1]
                let module: String = row[2]
                let version: String = row[3]
                return "completion_latest \(problem) the completions of badge \(badge), module \(module) \(version): "
                    + "the database was edited outside Muster"
            }
        }
    }
}
