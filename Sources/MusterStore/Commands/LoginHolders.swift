import GRDB

/// Which officers hold each login an officers import may check, loaded with a few set-based queries and
/// then kept in step with the import's own writes, so a 100,000-row import does not ask SQLite once per row
/// whether someone else already has the login.
struct LoginHolders {
    private var holders: [String: [String]] = [:]

    /// Loads the holders of `logins` as they stand in the transaction.
    init(_ db: Database, logins: Set<String>) throws {
        guard !logins.isEmpty else { return }
        let all = Array(logins)
        // Chunks stay under SQLite's host-parameter limit.
        for start in stride(from: 0, to: all.count, by: 500) {
            let chunk = all[start..<min(start + 500, all.count)]
            let marks = repeatElement("?", count: chunk.count).joined(separator: ", ")
            let rows = try Row.fetchCursor(
                db, sql: "SELECT login, badge FROM officer WHERE login IN (\(marks))", arguments: StatementArguments(chunk))
            while let row = try rows.next() {
                holders[row[0], default: []].append(row[1])
            }
        }
    }

    /// An officer other than `badge` who holds `login` (the first by badge when several do).
    func otherHolder(of login: String, besides badge: String) -> String? {
        holders[login]?.filter { $0 != badge }.min()
    }

    /// Records that `badge` now holds `new` instead of `old`.
    mutating func move(_ badge: String, from old: String?, to new: String?) {
        guard old != new else { return }
        if let old { holders[old]?.removeAll { $0 == badge } }
        if let new { holders[new, default: []].append(badge) }
    }
}
