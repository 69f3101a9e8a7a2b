import MusterCore

/// Finds roster entries that are the same attempt (`CompletionAttempt`) as a stored, non-voided completion.
///
/// Every entry the roster stores is remembered in memory (`RosterRepeats`), so repeats within the roster are
/// found without SQLite (and before a multi-row insert has written them). Against what was stored before the
/// roster, an officer with no completion at all is settled by one lookup per officer; only the entries of
/// officers with a history are checked against the table. A demo or a first import of a large history is
/// almost all of the first kind.
struct RosterDuplicates {
    private var repeats: RosterRepeats
    /// By officer number: true when the officer had no completion before this roster.
    private var fresh: [Bool] = []

    /// `capacity`: the roster's size, or 0 when a `RosterResolver` finds its repeats.
    init(capacity: Int) {
        repeats = RosterRepeats(capacity: capacity)
    }

    /// True when the entry is a duplicate; either way, remembers it.
    mutating func isDuplicate(_ entry: ResolvedCompletion, in context: CommandContext) throws -> Bool {
        let officer = repeats.officer(entry.badge)
        return try isDuplicate(entry, officer: officer.number, firstOfOfficer: officer.first,
                               repeated: repeats.repeats(entry, officer: officer.number), in: context)
    }

    /// The same answer for an entry whose officer number and repetition a `RosterRepeats` elsewhere (a
    /// `RosterResolver`'s) has settled; entries come in roster order.
    mutating func isDuplicate(
        _ entry: ResolvedCompletion, officer: Int32, firstOfOfficer: Bool, repeated: Bool, in context: CommandContext
    ) throws -> Bool {
        if firstOfOfficer {
            let lookup = try context.bound(.anyCompletionOfBadge)
            lookup.bind(entry.badge, at: 1)
            fresh.append(try !lookup.hasRow())
        }
        // A key the table holds stays remembered as seen, which is as true: any later copy of it is a duplicate too.
        if repeated { return true }
        guard !fresh[Int(officer)] else { return false }
        // The query asks for a non-voided completion of the attempt's four fields.
        let attempt = entry.attempt
        let check = try context.bound(.completionDuplicate)
        check.bind(attempt.badge, at: 1)
        check.bind(attempt.moduleID, at: 2)
        check.bind(entry.completedOnText, at: 3)
        check.bind(attempt.result.rawValue, at: 4)
        return try check.hasRow()
    }
}
