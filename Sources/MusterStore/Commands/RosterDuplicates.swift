import MusterCore

/// Finds roster entries identical to a stored, non-voided completion (officer, module, date, result).
///
/// An officer with no completion stored before the roster started can only be duplicated by the roster
/// itself, so their entries are checked in memory after one lookup per officer; everyone else's entries are
/// checked against the table. A demo or a first import of a large history is almost all the first kind.
struct RosterDuplicates {
    private struct Key: Hashable {
        var badge: String
        var moduleID: String
        var completedOn: CalendarDate
        var result: Completion.Result
    }

    /// Per badge: true when the officer had no completion before this roster.
    private var fresh: [String: Bool] = [:]
    /// Entries of fresh officers already stored by this roster.
    private var stored = Set<Key>()

    /// True when the entry is a duplicate; otherwise remembers it as about to be stored.
    mutating func isDuplicate(_ entry: ResolvedCompletion, in context: CommandContext) throws -> Bool {
        let isFresh: Bool
        if let known = fresh[entry.badge] {
            isFresh = known
        } else {
            let lookup = try context.bound(.anyCompletionOfBadge)
            lookup.bind(entry.badge, at: 1)
            isFresh = try !lookup.hasRow()
            fresh[entry.badge] = isFresh
        }
        if isFresh {
            let key = Key(badge: entry.badge, moduleID: entry.module.module.id, completedOn: entry.completedOn,
                          result: entry.result)
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
