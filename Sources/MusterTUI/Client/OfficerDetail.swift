import MusterCore

/// One officer's full record for the detail screen and "My training".
public struct OfficerDetail: Sendable, Equatable {
    public var officer: Officer
    /// Every required module with its status, dates and the evidence behind it, sorted by module id.
    public var modules: [ModuleStanding]
    /// Every assigned certification, sorted by id.
    public var certifications: [CertificationStanding]
    /// Every completion, voided and failed ones included, newest first.
    public var completions: [Completion]
    public var waivers: [Waiver]
    public var assignments: [Assignment]
    /// The classes the officer is enrolled in that are still to come, soonest first.
    public var upcomingClasses: [ScheduledClass] = []
    /// Each state program assigned to the officer, for the cycle holding the day (`ProgramProgressView`).
    public var programs: [ProgramStanding] = []
    /// The officer's incidents, oldest first; notes only for a login that may read them (`Permission.readIncidents`).
    public var incidents: [Incident] = []

    public init(officer: Officer, modules: [ModuleStanding], certifications: [CertificationStanding],
                completions: [Completion], waivers: [Waiver], assignments: [Assignment]) {
        self.officer = officer
        self.modules = modules
        self.certifications = certifications
        self.completions = completions
        self.waivers = waivers
        self.assignments = assignments
    }

    /// Judges `records` with the status engine: what a client normally returns.
    public init(records: OfficerRecords, curriculum: Curriculum, asOf: CalendarDate) {
        let standing = StatusEngine(curriculum: curriculum).evaluate(records, asOf: asOf)
        self.init(
            officer: records.officer, modules: standing.modules, certifications: standing.certifications,
            completions: records.completions.sorted { ($0.completedOn, $0.id) > ($1.completedOn, $1.id) },
            waivers: records.waivers, assignments: records.assignments)
    }
}
