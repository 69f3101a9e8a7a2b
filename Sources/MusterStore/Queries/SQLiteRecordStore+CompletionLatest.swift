import GRDB

extension SQLiteRecordStore {
    /// Recomputes `completion_latest` from `completion` and names every officer × module × version where
    /// the stored copy differs (a row missing, stale or extra), which only an edit made outside Muster
    /// can cause. Empty when the two agree.
    public func completionLatestMismatches(limit: Int = 20) throws -> [String] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: """
                WITH expected AS (
                    SELECT badge, module_id, module_version, id AS completion_id, completed_on, score, hours, instructor, session_id
                    FROM (SELECT *, ROW_NUMBER() OVER (
                              PARTITION BY badge, module_id, module_version ORDER BY completed_on DESC, id DESC) AS newest
                          FROM completion WHERE result = 'pass' AND voided_reason IS NULL)
                    WHERE newest = 1),
                stored AS (
                    SELECT badge, module_id, module_version, completion_id, completed_on, score, hours, instructor, session_id
                    FROM completion_latest),
                missing AS (SELECT * FROM expected EXCEPT SELECT * FROM stored),
                extra AS (SELECT * FROM stored EXCEPT SELECT * FROM expected)
                SELECT 'differs from' AS problem, badge, module_id, module_version FROM missing
                UNION ALL
                SELECT 'has a row the completions do not support for', badge, module_id, module_version FROM extra
                WHERE NOT EXISTS (SELECT 1 FROM missing m WHERE m.badge = extra.badge AND m.module_id = extra.module_id
                                  AND m.module_version = extra.module_version)
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
