import MusterStore

/// Rows handed to a closure one at a time, for callers that read them (a preview).
struct RowByRowSink: ExportRowSink {
    let emit: ([ExportValue]) throws -> Void
    var encoding: EncodedRows.Format? { nil }

    func emit(_ values: [ExportValue]) throws {
        try emit(values)
    }

    func emit(_ rows: EncodedRows) throws {
        preconditionFailure("rows come one at a time when no encoding is asked for")
    }
}
