import MusterCore

/// The loaded agency snapshot with the indexes the screens need, tagged with a load generation.
///
/// Equality compares only the generation: the runtime compares states after every message, and two
/// loads of 100,000 officers must not be compared row by row when one generation number says it all.
struct AgencyData: Equatable, Sendable {
    let generation: Int
    let snapshot: AgencySnapshot
    /// Row index by badge.
    let badgeIndex: [String: Int]
    /// Every unit named by an officer, sorted.
    let units: [String]

    init(generation: Int, snapshot: AgencySnapshot) {
        self.generation = generation
        self.snapshot = snapshot
        var index: [String: Int] = [:]
        index.reserveCapacity(snapshot.officers.count)
        var units = Set<String>()
        for (offset, row) in snapshot.officers.enumerated() {
            index[row.badge] = offset
            if let unit = row.unit { units.insert(unit) }
        }
        badgeIndex = index
        self.units = units.sorted()
    }

    static func == (lhs: AgencyData, rhs: AgencyData) -> Bool { lhs.generation == rhs.generation }

    func officer(badge: String) -> AgencySnapshot.OfficerRow? {
        badgeIndex[badge].map { snapshot.officers[$0] }
    }
}
