import MusterCore

/// Finds roster entries identical to a stored, non-voided completion (officer, module, date, result).
///
/// Every entry the roster stores is remembered in memory, so repeats within the roster are found without
/// SQLite (and before a multi-row insert has written them). Against what was stored before the roster, an
/// officer with no completion at all is settled by one lookup per officer; only the entries of officers
/// with a history are checked against the table. A demo or a first import of a large history is almost all
/// of the first kind.
struct RosterDuplicates {
    /// An entry in numbers, so remembering it hashes four integers instead of two strings.
    private struct Key: Hashable {
        var officer: Int32
        var module: Int32
        var day: Int32
        var passed: Bool
    }

    private struct Officer {
        var number: Int32
        /// True when the officer had no completion before this roster.
        var fresh: Bool
    }

    private var officers: [String: Officer] = [:]
    /// Entries this roster stores, and those it found stored already.
    private var stored = Set<Key>()

    init(capacity: Int) {
        stored.reserveCapacity(capacity)
    }

    /// True when the entry is a duplicate; either way, remembers it.
    mutating func isDuplicate(_ entry: ResolvedCompletion, in context: CommandContext) throws -> Bool {
        let officer: Officer
        if let known = officers[entry.badge] {
            officer = known
        } else {
            let lookup = try context.bound(.anyCompletionOfBadge)
            lookup.bind(entry.badge, at: 1)
            officer = Officer(number: Int32(truncatingIfNeeded: officers.count), fresh: try !lookup.hasRow())
            officers[entry.badge] = officer
        }
        let key = Key(officer: officer.number, module: entry.module.ordinal,
                      day: Int32(truncatingIfNeeded: entry.completedOn.dayNumber), passed: entry.result == .pass)
        // Remembered before the table is asked: one hash instead of two for the usual new entry. A key the
        // table then holds stays remembered, which is as true: any later copy of it is a duplicate too.
        guard stored.insert(key).inserted else { return true }
        guard !officer.fresh else { return false }
        let check = try context.bound(.completionDuplicate)
        check.bind(entry.badge, at: 1)
        check.bind(entry.module.module.id, at: 2)
        check.bind(entry.completedOnText, at: 3)
        check.bind(entry.result.rawValue, at: 4)
        return try check.hasRow()
    }
}
