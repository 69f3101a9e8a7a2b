/// A kind of read a command or a screen makes, so that reads are checked against `AccessPolicy` in one place
/// the same way writes are (`RecordCommand.permission`).
public enum RecordRead: Sendable, Equatable {
    /// Every officer's records, statuses and history.
    case allRecords
    /// The records a login may see without naming an officer: everyone's for a reader of all records, the
    /// login's own officer's otherwise (the query is then filtered to that badge). Refused to a login that is
    /// neither.
    case visibleRecords
    /// One officer's records: allowed to readers of all records and to that officer.
    case officer(badge: String)
    /// One officer's records, whose stored agency the store has looked up: how a liaison's read of an officer
    /// is decided (`RecordStore.reading`).
    case agencyOfficer(badge: String, agency: String)
    /// Rosters and compliance reports of the agency.
    case export
    /// The audit trail and its verification.
    case auditTrail
    /// Who holds which role.
    case roleGrants
    /// The review trail of module versions: like the curricula themselves, open to every login.
    case curriculumReviews
}
