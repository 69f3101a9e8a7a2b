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
    /// Ends a waiver from `on` (nil: today): the officer owes the module again from that day. Its last day
    /// moves to the day before (`WaiverEnding`); it is never deleted.
    case endWaiver(id: Int64, on: CalendarDate? = nil)
    /// Places a state program (`Curricula/programs/`) on an officer or a unit.
    case assignProgram(ProgramAssignmentRequest)
    /// Ends a program assignment from `on` (nil: today), as `endAssignment` ends the others: dated, never deleted.
    case endProgramAssignment(id: Int64, on: CalendarDate? = nil)
    /// Excuses an officer from a program over a period (`ProgramProration` says how much).
    case waiveProgram(ProgramWaiverRequest)
    case createSession(SessionRequest)
    /// Schedules a class session, on a day that may lie ahead (`ClassRules`).
    case scheduleClass(ClassScheduleRequest)
    /// Cancels a session from `on` (nil: today): dated, never a delete; it can no longer be enrolled or recorded.
    case cancelClass(id: Int64, on: CalendarDate? = nil)
    /// Enrols officers in a session, up to its capacity; those already enrolled are left as they are.
    case enrol(sessionID: Int64, badges: [String])
    /// Marks enrolled officers present (with an optional score) or absent, on or after the session's day.
    case markAttendance(AttendanceRequest)
    /// Records a completion for each officer marked present, through the completion path; those already on
    /// record are named and nothing is written for them.
    case recordClass(sessionID: Int64)
    case grantRole(login: String, role: Role)
    /// Grants `liaison` scoped to a partner agency.
    case grantLiaison(login: String, agency: String)
    case addAgency(Agency)
    /// Records an event and assigns what `Curricula/triggers.yaml` says it triggers.
    case recordIncident(IncidentRequest)
    case revokeRole(login: String, role: Role)
    /// Adds module versions and curriculum entries not stored yet; never replaces a stored version.
    case loadCurriculum(Curriculum)
    /// Saves (or replaces) a named column map for officer imports.
    case saveImportMapping(ImportMapping)
    /// Sets (nil: clears) who receives a unit's notice digest: a login or an e-mail address.
    case setUnitSupervisor(unit: String, supervisor: String?)
    /// Saves (nil: clears) an agency setting, such as the notices' sender (`Setting`).
    case saveSetting(Setting, value: String?)
    /// Remembers the items notices carried, so that a later run does not send them again.
    case recordNotices([SentNotice])
    /// One sign-off on a pending module version; the last one wanting approves it from today.
    case reviewModule(ModuleReviewRequest)
}

/// The agency's saved settings.
public enum Setting: String, Sendable, CaseIterable {
    /// The `From` address of `muster notices` when no `--from` is given.
    case noticeSender = "notices.from"
}
