/// How unit names are told apart: by their letters alone, so `Traffic`, `TRAFFIC` and ` traffic ` are one
/// unit. HR systems, typed commands and old imports spell a unit every which way; a unit that split in two
/// on a change of case would split its assignments and its reports too.
public enum UnitName {
    /// The name with spacing tidied: trimmed, each run of white space one space. What is stored for a unit
    /// not seen before.
    public static func tidy(_ name: String) -> String {
        name.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The key two spellings of one unit share: tidied and folded (case, accents and width ignored).
    public static func key(_ name: String) -> String {
        SearchText.fold(tidy(name))
    }

    /// Whether two spellings name one unit.
    public static func same(_ lhs: String, _ rhs: String) -> Bool {
        key(lhs) == key(rhs)
    }
}

/// The units known to the records, each under the spelling first stored: a name given in any spelling is
/// answered with that one, so every later write and filter uses it.
public struct UnitRegistry: Sendable {
    /// Every stored spelling, by key, in the order stored (the first is the unit's name).
    private var spellings: [String: [String]] = [:]
    /// Keys in the order their units were first stored.
    private var order: [String] = []
    /// Names already resolved, by the spelling given: an import names a few units thousands of times.
    private var resolved: [String: String] = [:]

    /// `stored`: spellings in the order they were first stored (repeats are fine).
    public init(_ stored: some Sequence<String>) {
        for name in stored { add(name) }
    }

    /// The units, each by its first-stored spelling, in the order first stored.
    public var names: [String] { order.compactMap { spellings[$0]?.first } }

    /// The stored name of the unit `given` spells, or nil when no such unit is known.
    public func name(of given: String) -> String? {
        spellings[UnitName.key(given)]?.first
    }

    /// Every stored spelling of the unit `given` spells (an older database may hold several); empty when unknown.
    public func spellings(of given: String) -> [String] {
        spellings[UnitName.key(given)] ?? []
    }

    /// The name to store for `given`: the known unit's, else `given` tidied, which becomes the unit's name.
    public mutating func resolve(_ given: String) -> String {
        if let known = resolved[given] { return known }
        let name = name(of: given) ?? UnitName.tidy(given)
        add(name)
        resolved[given] = name
        return name
    }

    private mutating func add(_ name: String) {
        let tidied = UnitName.tidy(name)
        guard !tidied.isEmpty else { return }
        let key = UnitName.key(tidied)
        if spellings[key] == nil {
            spellings[key] = [name]
            order.append(key)
        } else if spellings[key]?.contains(name) == false {
            spellings[key]?.append(name)
        }
    }
}
