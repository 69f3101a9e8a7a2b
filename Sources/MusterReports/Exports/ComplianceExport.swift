import MusterCore
import MusterStore

/// `muster export compliance`: one row per officer serving on the day and required module, with its status
/// as of that day.
enum ComplianceExport {
    /// Columns added later come last (`valid_through` after `due_on`, then `post_id`, then `origin`): the older
    /// columns keep the places receivers read them at.
    static let columns = ["badge", "last_name", "first_name", "unit", "module_id", "module_title", "status",
                          "completed_on", "expires_on", "due_on", "valid_through", "post_id", "origin"]

    /// Rows are built (and, when the sink takes them so, encoded) on the threads that judge the officers.
    static func produce(_ query: ComplianceQuery, from store: SQLiteRecordStore, into sink: some ExportRowSink) throws {
        let engine = StatusEngine(curriculum: query.curriculum)
        // The home agency's report: a partner agency's officers never appear in it.
        let filter = OfficerFilter(unit: query.unit, agency: Agency.homeID).asOfADay
        let asOf = query.asOf
        if let encoding = sink.encoding {
            let rows = ComplianceRows(query, spelledAs: EncodedRows(encoding))
            try StandingStream.forEachSpanOfStatusLines(
                store, filter, engine: engine, asOf: query.asOf, start: { .init(EncodedRows(encoding)) },
                add: { chunk, records, lines in
                    if filter.keeps(records, on: asOf) { rows.write(records.officer, lines, into: &chunk) }
                }
            ) { try sink.emit($0.rows) }
        } else {
            let rows = ComplianceRows(query, spelledAs: TextRows())
            try StandingStream.forEachSpanOfStatusLines(
                store, filter, engine: engine, asOf: query.asOf, start: { .init(TextRows()) },
                add: { chunk, records, lines in
                    if filter.keeps(records, on: asOf) { rows.write(records.officer, lines, into: &chunk) }
                }
            ) { chunk in
                for row in chunk.rows.rows { try sink.emit(row.map(ExportValue.optionalText)) }
            }
        }
    }
}
