/// Module ids met so far, each with what a row writer spelled or found for it once, for the writers that spell a
/// module on every officer's line. The engine hands out one copy of each id (`sharedModuleID`), so comparing
/// them is mostly comparing pointers; and officers' lines come in the same module order, so the search starts
/// after the module found last. A string-keyed dictionary hashed every id of a million and a half lines.
struct SpelledModules<Value>: Sendable where Value: Sendable {
    private var ids: [String] = []
    /// What was kept for each id, by the position `position(of:)` and `keep` give; read in place by the writers
    /// (a copy handed out retained what it holds, on every line).
    private(set) var values: [Value] = []
    private var next = 0

    init() {}

    /// Where the value kept for `id` is, if it was met before.
    mutating func position(of id: String) -> Int? {
        for offset in 0..<ids.count {
            let index = (next + offset) % ids.count
            if ids[index] == id {
                next = (index + 1) % ids.count
                return index
            }
        }
        return nil
    }

    /// Keeps `value` for `id`, which `position(of:)` did not know, and returns its position.
    mutating func keep(_ value: Value, for id: String) -> Int {
        ids.append(id)
        values.append(value)
        next = 0
        return values.count - 1
    }
}
