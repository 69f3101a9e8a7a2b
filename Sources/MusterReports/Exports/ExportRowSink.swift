import MusterStore

/// Where export rows go: one at a time as values or, when `encoding` is set, in spans encoded ahead.
protocol ExportRowSink {
    /// How spans of rows may be encoded for `emit(_ rows:)`; nil when rows must come one at a time.
    var encoding: EncodedRows.Format? { get }
    func emit(_ values: [ExportValue]) throws
    func emit(_ rows: EncodedRows) throws
}
