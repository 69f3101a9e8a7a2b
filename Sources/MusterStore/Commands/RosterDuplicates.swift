import MusterCore

/// Finds roster entries identical to a stored, non-voided completion (officer, module, date, result).
///
/// An officer with no completion stored before the roster started can only be duplicated by the roster
/// itself, so their entries are checked in memory after one lookup per officer; everyone else's entries are
/// checked against the table. A demo or a first import of a large history is almost all the first kind.
struct RosterDuplicates {
    /// An entry of a fresh officer in numbers, so remembering it hashes four integers instead of two strings.
    private struct Key: Hashable {
        var officer: Int32
        var module: Int32
        var day: Int32
        var passed: Bool
    }

    /// Per badge: its number among the fresh officers, or nil when the officer had completions before.
    private var fresh: [String: Int32?] = [:]
    /// Entries of fresh officers already stored by this roster.
    private var stored = Set<Key>()

    init(capacity: Int) {
        stored.reserveCapacity(capacity)
    }

    /// True when the entry is a duplicate; otherwise remembers it as about to be stored.
    mutating func isDuplicate(_ entry: ResolvedCompletion, in context: CommandContext) throws -> Bool {
        let officer: Int32?
        if let known = fresh[entry.badge] {
            officer = known
        } else {
            let lookup = try context.bound(.anyCompletionOfBadge)
            lookup.bind(entry.badge, at: 1)
            officer = try lookup.hasRow() ? nil : Int32(truncatingIfNeeded: fresh.count)
            fresh[entry.badge] = officer
        }
        if let officer {
            let key = Key(officer: officer, module: entry.module.ordinal, day: Int32(truncatingIfNeeded: entry.completedOn.dayNumber),
                          passed: entry.result == .pass)
            return !stored.insert(key).inserted
        }
        let check = try context.bound(.completionDuplicate)
        check.bind(entry.badge, at: 1)
        check.bind(entry.module.module.id, at: 2)
        check.bind(entry.completedOnText, at: 3)
        check.bind(entry.result.rawValue, at: 4)
        return try check.hasRow()
    }
}
