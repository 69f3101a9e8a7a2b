import MusterStore

/// Writes an export's rows as CSV or JSON to a path (or standard output), shared by `muster export` and
/// the workspace's Exports tab: a regular file appears only when complete, and a failed export leaves none.
enum ExportFile {
    /// Streams the rows `produce` emits and returns how many were written; `written` sees the running count
    /// after each row or span of rows.
    static func write(
        to path: String?, json: Bool, excel: Bool, columns: [String],
        written: @escaping (Int) -> Void = { _ in },
        _ produce: (_ sink: ExportRowSink) throws -> Void
    ) throws -> (count: Int, isAtomic: Bool) {
        let output = try ExportOutput(path: path)
        let sink: FileSink
        do {
            if json {
                sink = FileSink(json: JSONExportWriter(output: output, columns: columns), columns: columns, written: written)
            } else {
                let writer = CSVExportWriter(output: output, excel: excel)
                try writer.writeRow(columns)
                sink = FileSink(csv: writer, excel: excel, written: written)
            }
            try produce(sink)
            try sink.finish()
        } catch {
            output.abandon()
            throw error
        }
        return (sink.count, output.isAtomic)
    }
}

/// Where export rows go: one at a time as values or, when `encoding` is set, in spans encoded ahead.
protocol ExportRowSink {
    /// How spans of rows may be encoded for `emit(_ rows:)`; nil when rows must come one at a time.
    var encoding: EncodedRows.Format? { get }
    func emit(_ values: [ExportValue]) throws
    func emit(_ rows: EncodedRows) throws
}

/// An export file's writer, counting the rows it was given.
private final class FileSink: ExportRowSink {
    private let csv: CSVExportWriter?
    private let json: JSONExportWriter?
    private let written: (Int) -> Void
    let encoding: EncodedRows.Format?
    private(set) var count = 0

    init(csv: CSVExportWriter, excel: Bool, written: @escaping (Int) -> Void) {
        self.csv = csv
        json = nil
        encoding = .csv(excel: excel)
        self.written = written
    }

    init(json: JSONExportWriter, columns: [String], written: @escaping (Int) -> Void) {
        csv = nil
        self.json = json
        encoding = .json(columns: columns)
        self.written = written
    }

    func emit(_ values: [ExportValue]) throws {
        if let csv { try csv.writeRow(values) } else { try json?.writeRow(values) }
        count += 1
        written(count)
    }

    func emit(_ rows: EncodedRows) throws {
        if let csv { try csv.write(rows) } else { try json?.write(rows) }
        count += rows.count
        written(count)
    }

    func finish() throws {
        if let csv { try csv.finish() } else { try json?.finish() }
    }
}
