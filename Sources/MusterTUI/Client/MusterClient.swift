import MusterCore

/// Everything the TUI needs from outside, as values and async closures: the composition root (the CLI)
/// fills it in over the store, tests fill it in from memory. MusterTUI never touches the store itself.
///
/// Every closure runs off the input loop; a thrown error's `description` (or `localizedDescription`) is
/// shown to the user as is, so it should be a sentence that says what went wrong.
public struct MusterClient: Sendable {
    /// The agency's name for the title line.
    public var agencyName: String
    public var curriculum: Curriculum
    /// The review trail of every module version that needed one (`curricula review`), for the Modules tab.
    public var reviews: [VersionReview] = []
    /// Who is acting; write actions the login may not perform are hidden or disabled.
    public var access: AccessPolicy
    /// Today: every status is judged as of this day.
    public var asOf: CalendarDate
    /// `muster --as BADGE`: a coordinator previews the officer view of this badge. Nil otherwise.
    public var previewBadge: String?
    /// The agency-wide summary (coordinators, instructors and auditors; never called in the officer view).
    /// It judges every officer, so at agency scale it takes seconds; the screens open before it returns.
    public var loadAgency: @Sendable () async throws -> AgencySnapshot
    /// How many officers are not separated: one cheap count the dashboard shows while `loadAgency` runs.
    /// Nil when the client has nothing cheaper than `loadAgency`.
    public var countOfficers: (@Sendable () async throws -> Int)?
    /// Every officer, without standings: one cheap read, so the officers table opens and searches while
    /// `loadAgency` runs. Nil when the client has nothing cheaper than `loadAgency`.
    public var loadOfficers: (@Sendable () async throws -> [Officer])?
    /// One officer's full record.
    public var officerDetail: @Sendable (_ badge: String) async throws -> OfficerDetail
    /// Stores one command through the store's command layer, which checks the login's permission, and
    /// returns what it did.
    public var perform: @Sendable (RecordCommand) async throws -> CommandResult
    /// The header and first rows (about ten) the export would write.
    public var previewExport: @Sendable (ExportRequest) async throws -> ExportPreview
    /// Writes the export, reporting progress as it goes.
    public var export: @Sendable (ExportRequest, _ progress: @escaping @Sendable (ExportProgress) -> Void) async throws -> ExportResult
    /// A number that grows whenever another connection commits to the database (SQLite's `data_version`, on
    /// one connection): the app reads it every second and reloads when it grew, so other processes'
    /// writes show without Ctrl-R. Nil when the client cannot tell.
    public var databaseVersion: (@Sendable () async throws -> Int64)?
    /// The class sessions still to come, soonest first (the Classes tab). Nil when the client has none.
    public var upcomingClasses: (@Sendable () async throws -> [ScheduledClass])?
    /// Who is enrolled in a session and their attendance.
    public var classEnrolments: (@Sendable (Int64) async throws -> [ClassEnrolment])?
    /// Stores several commands in one transaction (a session's enrolment, attendance and record), all or none.
    /// Nil: `perform` each in turn.
    public var performAll: (@Sendable ([RecordCommand]) async throws -> [CommandResult])?

    public init(
        agencyName: String, curriculum: Curriculum, access: AccessPolicy, asOf: CalendarDate, previewBadge: String? = nil,
        loadAgency: @escaping @Sendable () async throws -> AgencySnapshot,
        officerDetail: @escaping @Sendable (String) async throws -> OfficerDetail,
        perform: @escaping @Sendable (RecordCommand) async throws -> CommandResult,
        previewExport: @escaping @Sendable (ExportRequest) async throws -> ExportPreview,
        export: @escaping @Sendable (ExportRequest, @escaping @Sendable (ExportProgress) -> Void) async throws -> ExportResult,
        countOfficers: (@Sendable () async throws -> Int)? = nil,
        loadOfficers: (@Sendable () async throws -> [Officer])? = nil,
        databaseVersion: (@Sendable () async throws -> Int64)? = nil,
        upcomingClasses: (@Sendable () async throws -> [ScheduledClass])? = nil,
        classEnrolments: (@Sendable (Int64) async throws -> [ClassEnrolment])? = nil,
        performAll: (@Sendable ([RecordCommand]) async throws -> [CommandResult])? = nil
    ) {
        self.agencyName = agencyName
        self.curriculum = curriculum
        self.access = access
        self.asOf = asOf
        self.previewBadge = previewBadge
        self.loadAgency = loadAgency
        self.officerDetail = officerDetail
        self.perform = perform
        self.previewExport = previewExport
        self.export = export
        self.countOfficers = countOfficers
        self.loadOfficers = loadOfficers
        self.databaseVersion = databaseVersion
        self.upcomingClasses = upcomingClasses
        self.classEnrolments = classEnrolments
        self.performAll = performAll
    }

    /// The agency whose figures the workspace counts (`Agency.counts(_:inFiguresOf:)`): a liaison's own, else
    /// the home agency's.
    public var figuresAgency: String { access.visibleAgency ?? Agency.homeID }

    /// The badge whose "My training" view opens instead of the coordinator workspace: the preview badge,
    /// or the login's own badge when it may not read other officers' records.
    public var officerViewBadge: String? {
        if let previewBadge { return previewBadge }
        if !access.allows(.readAllRecords), let own = access.ownBadge { return own }
        return nil
    }
}
