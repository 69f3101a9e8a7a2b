import MusterStore
import OrderedWork

/// `muster export roster`: one row per non-voided completion, in id order.
enum RosterExport {
    /// Completion ids per piece of the roster read on one thread: enough rows that a piece's query costs little
    /// beside them, few enough that the pieces waiting to be written stay small.
    static let spanSize = 65_536

    /// The whole roster, when the sink takes encoded rows, is read and encoded in pieces of the id range on
    /// every core; each piece is its own read of the database, so a write committed during a long export may
    /// show in later pieces only (each completion is read once, whole). A filtered roster is one query: with a
    /// module, unit or date to match, SQLite would rather search that index than the piece's ids, and would
    /// search it again for every piece.
    static func produce(_ filter: RosterExportFilter, from store: SQLiteRecordStore, into sink: some ExportRowSink,
                        every spanSize: Int = spanSize) throws {
        guard let encoding = sink.encoding, filter == RosterExportFilter() else {
            return try store.forEachRosterRow(filter) { try sink.emit($0.values) }
        }
        let spans = try store.completionIDSpans(every: spanSize)
        // Read once for every piece, after the ids: each completion in range was recorded against a version
        // already loaded.
        let moduleVersions = try store.curriculum().moduleVersions
        try OrderedPipeline.run(pieces: spans.count, state: {}, work: { _, index in
            var rows = EncodedRows(encoding)
            try store.forEachRosterRow(filter, ids: spans[index], moduleVersions: moduleVersions) { rows.append($0.values) }
            return rows
        }) { try sink.emit($0) }
    }
}
