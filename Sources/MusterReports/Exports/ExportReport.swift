import MusterStore

/// Which report an export writes, and which of its rows.
public enum ExportReport: Sendable {
    /// One row per non-voided completion, in id order.
    case roster(RosterExportFilter)
    /// One row per active officer and required module, with its status as of a date.
    case compliance(ComplianceQuery)
    /// One row per serving officer and assigned program, for the cycle holding the query's day.
    case programCompliance(ComplianceQuery)

    /// The report's header, in column order.
    public var columns: [String] {
        switch self {
        case .roster: RosterExportRow.columns
        case .compliance: ComplianceExport.columns
        case .programCompliance: ProgramComplianceExport.columns
        }
    }
}
