/// Something a login may be allowed to do.
public enum Permission: String, CaseIterable, Sendable {
    /// Read every officer's records, status and history.
    case readAllRecords = "read all officers' records"
    /// Write CSV/JSON rosters of the agency.
    case export = "export rosters"
    /// Add, edit, import and separate officers.
    case manageOfficers = "manage officers"
    /// Assign modules and certifications.
    case assign = "assign training"
    /// Record completions, one at a time or from a class roster, and schedule class sessions.
    case recordCompletions = "record completions"
    /// Void a recorded completion with a reason.
    case voidCompletions = "void completions"
    /// Waive a requirement for an officer.
    case waive = "grant waivers"
    /// Load curricula into the database.
    case loadCurricula = "load curricula"
    /// Sign off a later version of a module already in the database (`curricula review`).
    case reviewCurricula = "review curricula"
    /// Grant and revoke roles.
    case manageUsers = "manage users and roles"
    /// Record incidents (use of force, failed qualifications…), which assign the training they trigger.
    case recordIncidents = "record incidents"
    /// Read incidents and their notes.
    case readIncidents = "read incidents"
    /// Read and verify the audit trail.
    case audit = "read the audit trail"
    /// Send reminder notices and set their sender.
    case sendNotices = "send notices"
}
