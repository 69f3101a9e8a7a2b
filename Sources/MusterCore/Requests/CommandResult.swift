/// What one `RecordCommand` did, in the same order as the commands given to `apply`.
public enum CommandResult: Sendable, Equatable {
    case officerAdded(badge: String)
    /// `changed` is false when the edit left every field as it was (no audit event then).
    case officerEdited(badge: String, changed: Bool)
    case officerSeparated(badge: String)
    case officersImported(OfficerImportSummary)
    case assigned(id: Int64)
    case assignmentEnded(id: Int64)
    case completionRecorded(id: Int64, version: ModuleVersion, result: Completion.Result)
    /// An `IdenticalCompletion` was already on record under `id`: nothing was written, no audit event appended.
    case completionAlreadyOnRecord(id: Int64)
    case rosterRecorded(RosterSummary)
    case completionVoided(id: Int64)
    case waived(id: Int64)
    case sessionCreated(id: Int64)
    /// `changed` is false when the login already held the role.
    case roleGranted(login: String, role: Role, changed: Bool)
    case roleRevoked(login: String, role: Role)
    case agencyAdded(id: String)
    case incidentRecorded(IncidentOutcome)
    case curriculumLoaded(CurriculumLoadSummary)

    /// The id of the record created, for commands that create one (`record` prints it).
    public var createdID: Int64? {
        switch self {
        case .assigned(let id), .completionRecorded(let id, _, _), .waived(let id), .sessionCreated(let id): id
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

    /// True when a `recordCompletion` found an identical completion on record and stored nothing.
    public var isCompletionAlreadyOnRecord: Bool {
        if case .completionAlreadyOnRecord = self { return true }
        return false
    }
}

public struct OfficerImportSummary: Sendable, Equatable {
    public var new: Int
    public var updated: Int
    public var unchanged: Int
    public var separated: Int

    public init(new: Int = 0, updated: Int = 0, unchanged: Int = 0, separated: Int = 0) {
        self.new = new
        self.updated = updated
        self.unchanged = unchanged
        self.separated = separated
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
