import MusterCore

/// The part of a roster's duplicate check that needs no database: numbers the roster's officers in order of
/// first appearance, and remembers every entry (officer, module, day, result) so that a repeat within the
/// roster is known at once. Kept by `RosterDuplicates` on the writing thread, or by a `RosterResolver` on its
/// own.
struct RosterRepeats {
    /// An entry's `CompletionAttempt` in numbers (officer and module numbered in this roster, the day, the
    /// result), so remembering it hashes four integers instead of two strings.
    private struct Key: Hashable {
        var officer: Int32
        var module: Int32
        var day: Int32
        var passed: Bool
    }

    private var officers: [String: Int32] = [:]
    private var seen = Set<Key>()

    init(capacity: Int) {
        seen.reserveCapacity(capacity)
    }

    /// The officer's number, and whether this is the first time the roster names them.
    mutating func officer(_ badge: String) -> (number: Int32, first: Bool) {
        if let known = officers[badge] { return (known, false) }
        let number = Int32(truncatingIfNeeded: officers.count)
        officers[badge] = number
        return (number, true)
    }

    /// Remembers the entry; true when the roster had it already.
    mutating func repeats(_ entry: ResolvedCompletion, officer: Int32) -> Bool {
        let key = Key(officer: officer, module: entry.module.ordinal,
                      day: Int32(truncatingIfNeeded: entry.completedOn.dayNumber), passed: entry.result == .pass)
        return !seen.insert(key).inserted
    }
}
