import GRDB

/// Which officers hold each login an officers import may check, loaded with a few set-based queries and
/// then kept in step with the import's own writes, so a 100,000-row import does not ask SQLite once per row
/// whether someone else already has the login.
struct LoginHolders {
    /// Nearly every login has one holder; a second one (possible in data written before logins were
    /// checked) goes to `others`, so the common case stores a String rather than an array per login.
    private var holder: [String: String] = [:]
    private var others: [String: [String]] = [:]

    /// Loads the holders of `logins` as they stand in the transaction (nothing to load from an empty table).
    init(_ db: Database, logins: Set<String>, tableIsEmpty: Bool) throws {
        holder.reserveCapacity(logins.count)
        guard !logins.isEmpty, !tableIsEmpty else { return }
        let all = Array(logins)
        // Chunks stay under SQLite's host-parameter limit.
        for start in stride(from: 0, to: all.count, by: 500) {
            let chunk = all[start..<min(start + 500, all.count)]
            let marks = repeatElement("?", count: chunk.count).joined(separator: ", ")
            let rows = try Row.fetchCursor(
                db, sql: "SELECT login, badge FROM officer WHERE login IN (\(marks))", arguments: StatementArguments(chunk))
            while let row = try rows.next() {
                add(row[1], to: row[0])
            }
        }
    }

    /// An officer other than `badge` who holds `login` (the first by badge when several do).
    func otherHolder(of login: String, besides badge: String) -> String? {
        guard let first = holder[login] else { return nil }
        let all = [first] + (others[login] ?? [])
        return all.filter { $0 != badge }.min()
    }

    /// Records that `badge` now holds `new` instead of `old`.
    mutating func move(_ badge: String, from old: String?, to new: String?) {
        guard old != new else { return }
        if let old { remove(badge, from: old) }
        if let new { add(badge, to: new) }
    }

    private mutating func add(_ badge: String, to login: String) {
        if holder[login] == nil {
            holder[login] = badge
        } else {
            others[login, default: []].append(badge)
        }
    }

    private mutating func remove(_ badge: String, from login: String) {
        if holder[login] == badge {
            if var rest = others[login], !rest.isEmpty {
                holder[login] = rest.removeFirst()
                others[login] = rest.isEmpty ? nil : rest
            } else {
                holder[login] = nil
            }
        } else {
            others[login]?.removeAll { $0 == badge }
        }
    }
}
