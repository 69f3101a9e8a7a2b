import MusterCore

/// One agency load, prepared off the input loop: the snapshot (or, first, just the roster) and the
/// officer index built over it. Immutable and shared, so copying the app state never copies it.
///
/// Equality is identity: two loads of 100,000 officers are never compared row by row.
final class LoadedAgency: Sendable, Equatable {
    let snapshot: AgencySnapshot
    /// False for the roster alone: who the officers are, but not yet how they stand, so every standing,
    /// expiry and agency-wide figure is still being computed.
    let hasStandings: Bool
    let index: OfficerIndex
    /// Officers serving on the as-of date (every officer the snapshot counts: its own agency's alone).
    let servingCount: Int
    /// Officers of the snapshot's agency serving in each of `index.units`.
    let servingPerUnit: [Int]

    /// - Parameter previous: an earlier load whose index is reused when it lists the same officers, in the
    ///   same order, with the same names and units (the usual case: the roster, then the snapshot of the same
    ///   agency; or a reload after a write), which saves building it again and holding two at once.
    init(snapshot: AgencySnapshot, hasStandings: Bool = true, reusingIndexOf previous: LoadedAgency? = nil) {
        self.snapshot = snapshot
        self.hasStandings = hasStandings
        if let previous, Self.sameOfficers(previous.snapshot.officers, snapshot.officers) {
            index = previous.index
        } else {
            index = OfficerIndex(snapshot.officers)
        }
        var perUnit = Array(repeating: 0, count: index.units.count)
        var serving = 0
        for (row, unit) in zip(snapshot.officers, index.unitOrdinal) where row.standing.isCounted && snapshot.counts(row) {
            serving += 1
            if unit >= 0 { perUnit[Int(unit)] += 1 }
        }
        servingCount = serving
        servingPerUnit = perUnit
    }

    /// The roster phase: every officer, no standings yet (each is "no requirement" until judged, or "not
    /// serving" when their row says separated, so who serves is known from the start).
    /// `agency` is the one whose figures the workspace shows (the home agency's, or a liaison's own).
    convenience init(roster officers: [Officer], asOf: CalendarDate, agency: String = Agency.homeID) {
        let rows = officers.map { officer in
            var row = AgencySnapshot.OfficerRow(
                badge: officer.badge, lastName: officer.lastName, firstName: officer.firstName, unit: officer.unit,
                officerStatus: officer.status, standing: officer.status == .separated ? .notServing : .noRequirement,
                nextExpiry: nil, overdueCount: 0, expiredCount: 0)
            row.agency = officer.agency
            return row
        }
        var snapshot = AgencySnapshot(asOf: asOf, officers: rows)
        snapshot.agency = agency
        snapshot.partnerOfficerCount = rows.count { !snapshot.counts($0) }
        self.init(snapshot: snapshot, hasStandings: false)
    }

    static func == (lhs: LoadedAgency, rhs: LoadedAgency) -> Bool { lhs === rhs }

    /// Whether everything an `OfficerIndex` is built from is the same in both lists.
    private static func sameOfficers(_ lhs: [AgencySnapshot.OfficerRow], _ rhs: [AgencySnapshot.OfficerRow]) -> Bool {
        lhs.count == rhs.count && zip(lhs, rhs).allSatisfy { a, b in
            a.badge == b.badge && a.lastName == b.lastName && a.firstName == b.firstName && a.unit == b.unit
        }
    }
}
