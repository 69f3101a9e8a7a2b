import MusterCore

/// I/O the app asks for; the effect runner performs it with the `MusterClient` and answers with messages.
enum AppEffect: Equatable, Sendable {
    /// The headcount and the roster: cheap, so the screens fill in at once; `loadAgency` follows when the
    /// roster is in (one after the other, so the roster has the machine to itself for its moment).
    case loadRoster
    case loadAgency
    case loadOfficer(String)
    case perform(RecordCommand)
    case previewExport(ExportRequest)
    case export(ExportRequest)
    /// The database's version (`MusterClient.databaseVersion`), to notice other processes' writes.
    case readDatabaseVersion
    /// The upcoming class sessions (the Classes tab's list).
    case loadClasses
    /// Who is enrolled in a session, to open it on the Classes tab.
    case loadEnrolments(Int64)
    /// A scheduled session's writes (enrol, attendance, record) in one transaction.
    case performClass([RecordCommand])
}
