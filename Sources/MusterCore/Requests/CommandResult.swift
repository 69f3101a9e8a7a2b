/// What one `RecordCommand` did, in the same order as the commands given to `apply`.
public enum CommandResult: Sendable, Equatable {
    case officerAdded(badge: String)
    /// `changed` is false when the edit left every field as it was (no audit event then).
    case officerEdited(badge: String, changed: Bool)
    case officerSeparated(badge: String)
    case officersImported(OfficerImportSummary)
    case assigned(id: Int64)
    /// The same target, assignee, due date and start were already assigned and in force under `id`: nothing written.
    case alreadyAssigned(id: Int64)
    case assignmentEnded(id: Int64)
    case completionRecorded(id: Int64, version: ModuleVersion, result: Completion.Result)
    /// An `IdenticalCompletion` was already on record under `id`: nothing was written, no audit event appended.
    case completionAlreadyOnRecord(id: Int64)
    case rosterRecorded(RosterSummary)
    case completionVoided(id: Int64)
    case waived(id: Int64)
    /// The waiver's last day is now `lastDay` (the day before it ended).
    case waiverEnded(id: Int64, lastDay: CalendarDate)
    case programAssigned(id: Int64)
    case programAssignmentEnded(id: Int64)
    case programWaived(id: Int64)
    case sessionCreated(id: Int64)
    case classScheduled(id: Int64)
    case classCancelled(id: Int64)
    case enrolled(sessionID: Int64, EnrolmentSummary)
    case attendanceMarked(sessionID: Int64, badges: [String])
    case classRecorded(sessionID: Int64, ClassRecordSummary)
    /// `changed` is false when the login already held the role.
    case roleGranted(login: String, role: Role, changed: Bool)
    case roleRevoked(login: String, role: Role)
    case agencyAdded(id: String)
    case incidentRecorded(IncidentOutcome)
    case curriculumLoaded(CurriculumLoadSummary)
    /// `changed` is false when the name already held exactly this mapping.
    case importMappingSaved(name: String, changed: Bool)
    /// `changed` is false when the unit already had that supervisor.
    case unitSupervisorSet(unit: String, changed: Bool)
    case settingSaved(Setting, changed: Bool)
    /// How many sent items were remembered (items already remembered are skipped).
    case noticesRecorded(count: Int)
    case moduleReviewed(ModuleReviewOutcome)

    /// The id of the record created, for commands that create one (`record` prints it).
    public var createdID: Int64? {
        switch self {
        case .assigned(let id), .completionRecorded(let id, _, _), .waived(let id), .sessionCreated(let id),
             .classScheduled(let id), .programAssigned(let id), .programWaived(let id): id
        case .incidentRecorded(let outcome): outcome.id
        default: nil
        }
    }

    /// The completion a `recordCompletion` stored or found already on record.
    public var completionID: Int64? {
        switch self {
        case .completionRecorded(let id, _, _), .completionAlreadyOnRecord(let id): id
        default: nil
        }
    }

    /// An officers import's counts alone (`OfficerImportSummary.counts`), for comparing what it did by number.
    public var importCounts: OfficerImportSummary? {
        if case .officersImported(let summary) = self { return summary.counts }
        return nil
    }

    /// True when a `recordCompletion` found an identical completion on record and stored nothing.
    public var isCompletionAlreadyOnRecord: Bool {
        if case .completionAlreadyOnRecord = self { return true }
        return false
    }
}

public struct OfficerImportSummary: Sendable, Equatable {
    public var new: Int
    /// Officers changed, the rehired among them.
    public var updated: Int
    public var unchanged: Int
    /// Officers `--sync` separated.
    public var separated: Int
    /// Separated officers the file lists as serving, reinstated.
    public var rehired: Int
    /// Each officer added, changed, separated or rehired, in file order and then the separations of `--sync`.
    public var changes: [OfficerImportChange]

    public init(
        new: Int = 0, updated: Int = 0, unchanged: Int = 0, separated: Int = 0, rehired: Int = 0,
        changes: [OfficerImportChange] = []
    ) {
        self.new = new
        self.updated = updated
        self.unchanged = unchanged
        self.separated = separated
        self.rehired = rehired
        self.changes = changes
    }

    /// The counts alone, for comparing what an import did by number.
    public var counts: OfficerImportSummary {
        OfficerImportSummary(new: new, updated: updated, unchanged: unchanged, separated: separated, rehired: rehired)
    }
}

public struct RosterSummary: Sendable, Equatable {
    /// Ids of the completions stored, in entry order.
    public var newIDs: [Int64]
    /// Entries identical to a completion already stored (or earlier in the same roster).
    public var duplicates: Int
    public var sessionID: Int64?

    public init(newIDs: [Int64] = [], duplicates: Int = 0, sessionID: Int64? = nil) {
        self.newIDs = newIDs
        self.duplicates = duplicates
        self.sessionID = sessionID
    }
}

public struct CurriculumLoadSummary: Sendable, Equatable {
    /// "module-id@version" for each module version stored by this load.
    public var addedModuleVersions: [String]
    public var unchangedModuleVersions: Int
    /// Certifications, policy sources and requirements that were new or changed ("kind:id").
    public var addedEntries: [String]
    /// "module-id@version" already stored with different content: the stored version is kept (a version
    /// never changes once loaded), so the curricula folder should give the change a new version.
    public var keptConflictingVersions: [String]

    public init(addedModuleVersions: [String] = [], unchangedModuleVersions: Int = 0, addedEntries: [String] = [],
                keptConflictingVersions: [String] = []) {
        self.addedModuleVersions = addedModuleVersions
        self.unchangedModuleVersions = unchangedModuleVersions
        self.addedEntries = addedEntries
        self.keptConflictingVersions = keptConflictingVersions
    }
}
