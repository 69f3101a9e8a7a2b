/// The whole agency's compliance as of one day, folded one officer at a time by `AgencySnapshotBuilder`:
/// one compact row per officer plus the aggregates the dashboard draws.
///
/// Kept small on purpose (no standings, no completions), so 100,000 officers fit in a few tens of
/// megabytes; the detail of one officer is loaded on demand.
public struct AgencySnapshot: Sendable, Equatable {
    /// One officer, summarised for the officers table.
    public struct OfficerRow: Sendable, Equatable {
        public var badge: String
        public var lastName: String
        public var firstName: String
        /// The unit the officer was in on the as-of date.
        public var unit: String?
        public var officerStatus: Officer.Status
        /// The officer's one word over everything required of them that day, the word every figure counts.
        public var standing: OfficerCompliance
        /// The earliest day a counting, not-yet-expired completion stops counting; nil when none expires.
        public var nextExpiry: CalendarDate?
        public var overdueCount: Int
        public var expiredCount: Int
        /// The partner agency the officer belongs to; nil for the home agency's.
        public var agency: String?

        public init(badge: String, lastName: String, firstName: String, unit: String?, officerStatus: Officer.Status,
                    standing: OfficerCompliance, nextExpiry: CalendarDate?, overdueCount: Int, expiredCount: Int) {
            self.badge = badge
            self.lastName = lastName
            self.firstName = firstName
            self.unit = unit
            self.officerStatus = officerStatus
            self.standing = standing
            self.nextExpiry = nextExpiry
            self.overdueCount = overdueCount
            self.expiredCount = expiredCount
        }

        /// "Last, First" as rosters print it.
        public var displayName: String { "\(lastName), \(firstName)" }

        /// "Last, First" folded by `SearchText.fold`, for search and name order. Computed, not stored: the
        /// TUI keeps its own folded keys, and 100,000 stored copies would cost megabytes.
        public var foldedName: String { SearchText.fold(displayName) }
    }

    /// How the officers serving in one unit on the as-of date stand.
    public struct UnitRow: Sendable, Equatable {
        public var unit: String
        public var standings: OfficerComplianceTally
        /// Officers serving in the unit that day, with or without requirements.
        public var officerCount: Int

        public init(unit: String, standings: OfficerComplianceTally, officerCount: Int) {
            self.unit = unit
            self.standings = standings
            self.officerCount = officerCount
        }
    }

    /// How the officers required to hold one module stand on it.
    public struct ModuleRow: Sendable, Equatable {
        public var moduleID: String
        public var statuses: ModuleStatusTally

        public init(moduleID: String, statuses: ModuleStatusTally) {
            self.moduleID = moduleID
            self.statuses = statuses
        }
    }

    /// A required module a serving officer is overdue on, whose completion expired, whose re-qualification
    /// failed, or that waits out their leave.
    public struct OverdueItem: Sendable, Equatable {
        public var badge: String
        public var name: String
        public var unit: String?
        public var moduleID: String
        public var status: ModuleStatus
        /// The due date (overdue) or expiry date (expired) that passed; for on-leave, whichever of them passed;
        /// nil for failed (the lean status line does not carry the failed attempt's date).
        public var since: CalendarDate?

        public init(badge: String, name: String, unit: String?, moduleID: String, status: ModuleStatus, since: CalendarDate?) {
            self.badge = badge
            self.name = name
            self.unit = unit
            self.moduleID = moduleID
            self.status = status
            self.since = since
        }
    }

    /// Passed, not-voided completions recorded in one calendar month.
    public struct MonthCount: Sendable, Equatable {
        public var year: Int
        public var month: Int
        public var count: Int

        public init(year: Int, month: Int, count: Int) {
            self.year = year
            self.month = month
            self.count = count
        }

        /// "2026-03".
        public var label: String { String(CalendarDate(year: year, month: month, day: 1)?.iso.prefix(7) ?? "") }
    }

    /// How many officers' next expiry falls within `days` days of the as-of date (cumulative).
    public struct ExpiryHorizon: Sendable, Equatable {
        public var days: Int
        public var officerCount: Int

        public init(days: Int, officerCount: Int) {
            self.days = days
            self.officerCount = officerCount
        }
    }

    public var asOf: CalendarDate
    /// Every officer streamed in, those not serving that day included (as `notServing`), in the order added.
    public var officers: [OfficerRow]
    /// Every officer's word, once each: the same words `officers` carries, counted.
    public var standings: OfficerComplianceTally
    /// Per unit, sorted by unit name; officers without a unit are under "(no unit)".
    public var units: [UnitRow]
    /// Per required module, sorted by module id.
    public var modules: [ModuleRow]
    /// 30, 60 and 90 days.
    public var expiring: [ExpiryHorizon]
    /// Requirements of serving officers that are overdue, expired, failed or waiting out a leave, the
    /// longest-passed first.
    public var overdue: [OverdueItem]
    /// The twelve months ending with the as-of month, oldest first.
    public var completionsPerMonth: [MonthCount]
    /// For each module id, the indices into `officers` of the serving officers who must still
    /// take it: assigned, overdue, expired or expiring. Feeds "all assigned and due" in a class roster.
    public var dueByModule: [String: [Int32]]
    /// What the next `muster notices` run would send (nil when not worked out, e.g. for a login that may not send).
    public var pendingNotices: PendingNotices?
    /// Officers of agencies other than `agency` among `officers`: listed, counted in no figure.
    public var partnerOfficerCount = 0
    /// The agency whose figures these are: the home agency's, or a partner's for its liaison.
    public var agency = Agency.homeID
    /// Per assigned program, how its officers stand this cycle; empty when no program is assigned.
    public var programs: [ProgramRow] = []
    /// The officers at risk of ending a program's cycle short, the soonest cycle end first.
    public var atRisk: [AtRiskOfficer] = []

    public init(asOf: CalendarDate, officers: [OfficerRow] = [], standings: OfficerComplianceTally = .init(),
                units: [UnitRow] = [], modules: [ModuleRow] = [], expiring: [ExpiryHorizon] = [],
                overdue: [OverdueItem] = [], completionsPerMonth: [MonthCount] = [], dueByModule: [String: [Int32]] = [:]) {
        self.asOf = asOf
        self.officers = officers
        self.standings = standings
        self.units = units
        self.modules = modules
        self.expiring = expiring
        self.overdue = overdue
        self.completionsPerMonth = completionsPerMonth
        self.dueByModule = dueByModule
    }

    /// Officers serving on the as-of date, with or without requirements: the headline's whole.
    public var servingOfficers: Int { standings.counted }

    /// Whether `row` counts in this snapshot's figures (`Agency.counts(_:inFiguresOf:)`).
    public func counts(_ row: OfficerRow) -> Bool {
        Agency.counts(row.agency, inFiguresOf: agency)
    }
}
