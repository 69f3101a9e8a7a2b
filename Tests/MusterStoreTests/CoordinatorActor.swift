import MusterCore
import MusterStore

/// Most store tests act as a coordinator named by the test, who may run every command; the tests of
/// refusals pass an `AccessPolicy` of their own.
extension RecordStore {
    func apply(_ commands: [RecordCommand], actor: String) throws -> [CommandResult] {
        try apply(commands, as: .coordinator(actor))
    }

    func dryRun(_ commands: [RecordCommand], actor: String) throws -> [CommandResult] {
        try dryRun(commands, as: .coordinator(actor))
    }

    func importOfficersCSV(_ bytes: [UInt8], file: String, sync: Bool, dryRun: Bool, actor: String) throws
        -> OfficerImportOutcome
    {
        try importOfficersCSV(bytes, file: file, sync: sync, dryRun: dryRun, as: .coordinator(actor))
    }

    func importRosterCSV(
        _ bytes: [UInt8], file: String, session: SessionRequest? = nil, dryRun: Bool, actor: String
    ) throws -> RosterImportOutcome {
        try importRosterCSV(bytes, file: file, session: session, dryRun: dryRun, as: .coordinator(actor))
    }
}
