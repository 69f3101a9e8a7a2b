extension RecordCommand {
    /// What the acting login must be allowed to do for this command to run; the store checks it before it
    /// writes anything (`AccessPolicy.check`).
    public var permission: Permission {
        switch self {
        case .addOfficer, .editOfficer, .separateOfficer, .importOfficers, .addAgency: .manageOfficers
        case .assign, .endAssignment: .assign
        case .recordCompletion, .recordRoster, .createSession: .recordCompletions
        case .voidCompletion: .voidCompletions
        case .waive: .waive
        case .grantRole, .revokeRole, .grantLiaison: .manageUsers
        case .recordIncident: .recordIncidents
        case .loadCurriculum: .loadCurricula
        }
    }
}
