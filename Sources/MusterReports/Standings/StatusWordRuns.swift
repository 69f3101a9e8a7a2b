import MusterCore
import MusterStore

/// Every module status word and assignment origin, each spelled once as a run of one field: a report writes
/// both on each of a million and a half rows, and looking each over again for quotes and formulas cost more
/// than copying its bytes.
struct StatusWordRuns<Rows: RowBuilder>: Sendable where Rows.Run: Sendable {
    private let statuses: [Rows.Run]
    private let origins: [Rows.Run]

    init(_ builder: Rows) {
        statuses = moduleStatuses.map { builder.run([$0.rawValue]) }
        origins = assignmentOrigins.map { builder.run([$0.rawValue]) }
    }

    /// Writes the status word as the row's next field; the run is read in place, not copied (and retained) out.
    func write(_ status: ModuleStatus, into rows: inout Rows) {
        rows.fields(statuses.span[moduleStatuses.firstIndex(of: status)!])
    }

    /// Writes the origin as the row's next field.
    func write(_ origin: AssignmentOrigin, into rows: inout Rows) {
        rows.fields(origins.span[assignmentOrigins.firstIndex(of: origin)!])
    }
}

/// `allCases` builds a new array on every call.
private let moduleStatuses = ModuleStatus.allCases
private let assignmentOrigins = AssignmentOrigin.allCases
