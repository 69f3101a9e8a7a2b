extension AgencySnapshot {
    /// How the officers in scope of one program stand on it in the cycle holding the as-of date: the words of
    /// `muster status --programs`, counted.
    public struct ProgramRow: Sendable, Equatable {
        public var programID: String
        public var officersInScope: Int
        public var complete: Int
        public var atRisk: Int
        public var deficient: Int
        public var inProgress: Int
        /// Hours still owed toward the cycles' totals, summed over the officers in scope.
        public var hoursShort: Double

        public init(programID: String, officersInScope: Int = 0, complete: Int = 0, atRisk: Int = 0, deficient: Int = 0,
                    inProgress: Int = 0, hoursShort: Double = 0) {
            self.programID = programID
            self.officersInScope = officersInScope
            self.complete = complete
            self.atRisk = atRisk
            self.deficient = deficient
            self.inProgress = inProgress
            self.hoursShort = hoursShort
        }

        /// The officers with `status`.
        public subscript(status: ProgramStatus) -> Int {
            switch status {
            case .complete: complete
            case .atRisk: atRisk
            case .deficient: deficient
            case .inProgress: inProgress
            }
        }
    }

    /// An officer whose program cycle ends within `ProgramStatus.atRiskDays` with something still short.
    public struct AtRiskOfficer: Sendable, Equatable {
        public var badge: String
        public var name: String
        public var programID: String
        public var hoursShort: Double
        /// Hours short of the cycle's minimums, summed: what makes someone at risk whose total is met.
        public var minimumHoursShort: Double
        public var cycleEnd: CalendarDate

        public init(badge: String, name: String, programID: String, hoursShort: Double, minimumHoursShort: Double = 0,
                    cycleEnd: CalendarDate) {
            self.badge = badge
            self.name = name
            self.programID = programID
            self.hoursShort = hoursShort
            self.minimumHoursShort = minimumHoursShort
            self.cycleEnd = cycleEnd
        }
    }
}

/// Folds program standings into the snapshot's program rows and at-risk list, as the builder folds module lines.
struct ProgramFold: Sendable {
    private var rows: [String: AgencySnapshot.ProgramRow] = [:]
    private var atRisk: [AgencySnapshot.AtRiskOfficer] = []

    mutating func add(_ standing: ProgramStanding, name: String) {
        var row = rows[standing.programID] ?? AgencySnapshot.ProgramRow(programID: standing.programID)
        row.officersInScope += 1
        row.hoursShort += standing.hoursShort
        switch standing.status {
        case .complete: row.complete += 1
        case .atRisk: row.atRisk += 1
        case .deficient: row.deficient += 1
        case .inProgress: row.inProgress += 1
        }
        rows[standing.programID] = row
        if standing.status == .atRisk {
            atRisk.append(AgencySnapshot.AtRiskOfficer(badge: standing.badge, name: name, programID: standing.programID,
                                                       hoursShort: standing.hoursShort,
                                                       minimumHoursShort: standing.minimums.reduce(0) { $0 + $1.short },
                                                       cycleEnd: standing.cycle.end))
        }
    }

    var sortedRows: [AgencySnapshot.ProgramRow] { rows.values.sorted { $0.programID < $1.programID } }

    /// The soonest cycle end first, then the most hours short.
    var sortedAtRisk: [AgencySnapshot.AtRiskOfficer] {
        atRisk.sorted { ($0.cycleEnd, -$0.hoursShort, $0.badge, $0.programID) < ($1.cycleEnd, -$1.hoursShort, $1.badge, $1.programID) }
    }
}

extension AgencySnapshotBuilder {
    /// Adds one officer's program standings (judged elsewhere, as `muster status --programs` judges them): the
    /// caller passes only the standings that report would list.
    public mutating func add(programStandings: [ProgramStanding], name: String) {
        for standing in programStandings { programFold.add(standing, name: name) }
    }
}
