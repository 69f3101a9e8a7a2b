import Foundation
import GRDB

extension SQLiteRecordStore {
    /// Builds every officer's `pass_digest` blob again from the completions (`PassDigest.forEachEncoded`) and names
    /// each officer whose stored blob differs, is missing, or holds passes they do not have, which only an edit made
    /// outside Muster can cause. A stale blob (NULL) is no problem: every reader builds it from the index. Empty when
    /// the two agree.
    public func passDigestMismatches(limit: Int = 20) throws -> [String] {
        try read { db in
            var problems: [String] = []
            let stored = try Row.fetchCursor(db, sql: "SELECT badge, passes FROM \(PassDigest.table) ORDER BY badge")
            var held = try stored.next()
            let none = PassDigestCoding.Encoder.empty
            func report(_ badge: String, _ problem: String) {
                if problems.count < limit { problems.append("pass_digest \(problem) badge \(badge): the database was edited outside Muster") }
            }
            /// Passes every stored row ordered before `badge`, which the completions give no passes.
            func passStoredRows(before badge: String?) throws {
                while let row = held {
                    let storedBadge: String = row[0]
                    if let badge, !Self.precedes(storedBadge, badge) { return }
                    let blob: Data? = row[1]
                    if let blob, !blob.elementsEqual(none) { report(storedBadge, "holds passes the completions do not have for") }
                    held = try stored.next()
                }
            }
            try PassDigest.forEachEncoded(db) { badge, expected in
                try passStoredRows(before: badge)
                guard let row = held, (row[0] as String) == badge else {
                    return report(badge, "has no row for the passes of")
                }
                let blob: Data? = row[1]
                if let blob, !blob.elementsEqual(expected) { report(badge, "differs from the completions of") }
                held = try stored.next()
            }
            try passStoredRows(before: nil)
            return problems
        }
    }

    /// SQLite's BINARY order of two texts.
    private static func precedes(_ lhs: String, _ rhs: String) -> Bool {
        lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
    }
}
