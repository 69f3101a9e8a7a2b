/// One change to the records. Every write to the store is a list of these, applied in one transaction
/// through `RecordStore.apply(_:actor:)`, each change appending an audit event.
public enum RecordCommand: Sendable, Equatable {
    case addOfficer(Officer)
    case editOfficer(badge: String, changes: OfficerChanges)
    /// Separates the officer from `on` (nil: today), a dated fact; the officer and their history stay.
    case separateOfficer(badge: String, on: CalendarDate? = nil)
    /// Upserts by badge; with `sync`, active and on-leave officers missing from `rows` are separated. Unit
    /// moves and separations the file brings take effect on `effective` (nil: today).
    case importOfficers(rows: [OfficerImportRow], sync: Bool, effective: CalendarDate? = nil)
    case assign(AssignmentRequest)
    /// Ends an assignment from `on` (nil: today): it no longer applies from that day; it is never deleted.
    case endAssignment(id: Int64, on: CalendarDate? = nil)
    /// Recorded against the version in force on its date (or the one the request names); the result
    /// carries the new id.
    case recordCompletion(CompletionRequest)
    /// Many completions, optionally creating one class session they all belong to. Idempotent: an entry
    /// identical to a stored, non-voided completion (officer, module, date, result) is a duplicate.
    case recordRoster(RosterRequest)
    case voidCompletion(id: Int64, reason: String)
    case waive(WaiverRequest)
    case createSession(SessionRequest)
    case grantRole(login: String, role: Role)
    /// Grants `liaison` scoped to a partner agency.
    case grantLiaison(login: String, agency: String)
    case addAgency(Agency)
    /// Records an event and assigns what `Curricula/triggers.yaml` says it triggers.
    case recordIncident(IncidentRequest)
    case revokeRole(login: String, role: Role)
    /// Adds module versions and curriculum entries not stored yet; never replaces a stored version.
    case loadCurriculum(Curriculum)
}
