extension RecordCommand {
    /// What the acting login must be allowed to do for this command to run; the store checks it before it
    /// writes anything (`AccessPolicy.check`).
    public var permission: Permission {
        switch self {
        case .addOfficer, .editOfficer, .separateOfficer, .importOfficers, .saveImportMapping,
             .setUnitSupervisor, .addAgency: .manageOfficers
        case .assign, .endAssignment, .assignProgram, .endProgramAssignment: .assign
        case .recordCompletion, .recordRoster, .createSession, .scheduleClass, .cancelClass, .enrol, .markAttendance,
             .recordClass: .recordCompletions
        case .voidCompletion: .voidCompletions
        case .waive, .endWaiver, .waiveProgram: .waive
        case .grantRole, .revokeRole, .grantLiaison: .manageUsers
        case .recordIncident: .recordIncidents
        case .loadCurriculum: .loadCurricula
        case .saveSetting, .recordNotices: .sendNotices
        case .reviewModule: .reviewCurricula
        }
    }
}
