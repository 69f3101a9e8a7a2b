import GRDB
import MusterCore

/// The stored side of the matching rules in `MusterCore/Matching`: the unit registry and badges with or
/// without leading zeros.
extension SQLiteRecordStore {
    public func unitRegistry() throws -> UnitRegistry {
        try read { db in try Self.unitRegistry(db) }
    }

    public func badgeResolutions(_ badges: [String]) throws -> [String: BadgeMatch.Resolution] {
        try read { db in try Self.badgeResolutions(db, badges) }
    }

    /// The stored badge `given` names; refuses an unknown one (`unknownBadge`) and one several officers
    /// would match, naming them.
    public func resolvedBadge(_ given: String) throws -> String {
        switch try badgeResolutions([given])[given] ?? .unknown {
        case .found(let badge): return badge
        case .unknown: throw StoreError.unknownBadge(given)
        case .ambiguous(let badges): throw StoreError.ambiguousBadge(given, matches: badges)
        }
    }

    /// The stored spellings of `given` unit (an older database may hold several); refuses a unit no officer or
    /// assignment names.
    public func resolvedUnit(_ given: String) throws -> [String] {
        let registry = try unitRegistry()
        let spellings = registry.spellings(of: given)
        guard spellings.isEmpty else { return spellings }
        throw StoreError.unknownUnit(given)
    }

    /// Unit names in the order first stored: the officers' (by row order), then those only assignments name.
    static func unitRegistry(_ db: Database) throws -> UnitRegistry {
        let officers = try String.fetchAll(db, sql: """
            SELECT unit FROM officer WHERE unit IS NOT NULL AND unit <> '' GROUP BY unit ORDER BY MIN(rowid)
            """)
        let assigned = try String.fetchAll(db, sql: """
            SELECT unit FROM assignment WHERE unit IS NOT NULL AND unit <> '' GROUP BY unit ORDER BY MIN(id)
            """)
        return UnitRegistry(officers + assigned)
    }

    /// Exact badges by the primary key; those not stored exactly against every stored badge's key, read once.
    static func badgeResolutions(_ db: Database, _ badges: [String]) throws -> [String: BadgeMatch.Resolution] {
        var result: [String: BadgeMatch.Resolution] = [:]
        let unique = Array(Set(badges.map { $0.trimmedWhitespace() }))
        var exact = Set<String>()
        for start in stride(from: 0, to: unique.count, by: 500) {
            let chunk = Array(unique[start..<min(start + 500, unique.count)])
            let marks = chunk.map { _ in "?" }.joined(separator: ", ")
            exact.formUnion(try String.fetchAll(
                db, sql: "SELECT badge FROM officer WHERE badge IN (\(marks))", arguments: StatementArguments(chunk)))
        }
        var byKey: [String: [String]]?
        for badge in badges {
            let trimmed = badge.trimmedWhitespace()
            if exact.contains(trimmed) {
                result[badge] = .found(trimmed)
                continue
            }
            if byKey == nil {
                var keys: [String: [String]] = [:]
                let cursor = try String.fetchCursor(db, sql: "SELECT badge FROM officer")
                while let stored = try cursor.next() { keys[BadgeMatch.key(stored), default: []].append(stored) }
                byKey = keys
            }
            result[badge] = BadgeMatch.resolve(trimmed, among: byKey?[BadgeMatch.key(trimmed)] ?? [])
        }
        return result
    }
}
