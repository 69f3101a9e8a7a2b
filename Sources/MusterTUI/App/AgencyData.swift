import MusterCore

/// The loaded agency the screens read, tagged with a load generation.
///
/// Equality compares only the generation: the runtime compares states after every message, and two
/// loads of 100,000 officers must not be compared row by row when one generation number says it all.
struct AgencyData: Equatable, Sendable {
    let generation: Int
    let loaded: LoadedAgency

    var snapshot: AgencySnapshot { loaded.snapshot }
    var index: OfficerIndex { loaded.index }
    /// False while only the roster is known (see `LoadedAgency.hasStandings`).
    var hasStandings: Bool { loaded.hasStandings }
    /// Every unit named by an officer, sorted.
    var units: [String] { loaded.index.units }

    init(generation: Int, loaded: LoadedAgency) {
        self.generation = generation
        self.loaded = loaded
    }

    static func == (lhs: AgencyData, rhs: AgencyData) -> Bool { lhs.generation == rhs.generation }

    func officer(badge: String) -> AgencySnapshot.OfficerRow? {
        loaded.index.officer(badge: badge).map { snapshot.officers[$0] }
    }

    /// The standings-dependent snapshot, nil while only the roster is known.
    var standings: AgencySnapshot? { hasStandings ? snapshot : nil }
}
