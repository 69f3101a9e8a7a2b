/// Module ids met so far, each with what a row writer spelled or found for it once, for the writers that spell a
/// module on every officer's line. The engine hands out one copy of each id (`sharedModuleID`), so comparing
/// them is mostly comparing pointers; and officers' lines come in the same module order, so the search starts
/// after the module found last. A string-keyed dictionary hashed every id of a million and a half lines.
struct SpelledModules<Value>: Sendable where Value: Sendable {
    private var modules: [(id: String, value: Value)] = []
    private var next = 0

    init() {}

    /// What was kept for `id`, if it was met before.
    mutating func find(_ id: String) -> Value? {
        for offset in 0..<modules.count {
            let index = (next + offset) % modules.count
            if modules[index].id == id {
                next = (index + 1) % modules.count
                return modules[index].value
            }
        }
        return nil
    }

    /// Keeps `value` for `id`, which `find` did not know, and returns it.
    mutating func keep(_ value: Value, for id: String) -> Value {
        modules.append((id, value))
        next = 0
        return value
    }
}
