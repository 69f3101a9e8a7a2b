import MusterCore
import MusterStore

/// Exports as `muster export` and the workspace's Exports tab write and preview them: the one entry point
/// from the store to an export file.
public enum ReportExport {
    /// Streams the report from `store` to `path` (nil or `-` for standard output) and returns how many rows
    /// were written; a regular file appears only when complete, and a failed export leaves none. `written`
    /// sees the running count after each row or span of rows. An existing file is replaced only when `replacing`,
    /// and never the store's own database files (`OutputFile`).
    public static func write(
        _ report: ExportReport, from store: SQLiteRecordStore, to path: String?, replacing: Bool = false,
        as format: ExportFileFormat, written: @escaping (Int) -> Void = { _ in }
    ) throws -> (count: Int, isAtomic: Bool) {
        try ExportFile.write(to: path, replacing: replacing, protecting: store.databasePath, format: format,
                             columns: report.columns, written: written) { sink in
            try produce(report, from: store, into: sink)
        }
    }

    /// The report's first `limit` rows as CSV cells, read without going through the rest.
    public static func preview(_ report: ExportReport, from store: SQLiteRecordStore, rows limit: Int) throws -> [[String]] {
        var rows: [[String]] = []
        guard limit > 0 else { return rows }
        do {
            try produce(report, from: store, into: RowByRowSink { values in
                rows.append(values.map(\.csvText))
                if rows.count >= limit { throw PreviewFull() }
            })
        } catch is PreviewFull {}
        return rows
    }

    /// Hands the report's rows to `sink`, encoded in spans on every core when the sink takes them so.
    static func produce(_ report: ExportReport, from store: SQLiteRecordStore, into sink: some ExportRowSink) throws {
        switch report {
        case .roster(let filter): try RosterExport.produce(filter, from: store, into: sink)
        case .compliance(let query): try ComplianceExport.produce(query, from: store, into: sink)
        case .programCompliance(let query): try ProgramComplianceExport.produce(query, from: store, into: sink)
        }
    }

    private struct PreviewFull: Error {}
}
