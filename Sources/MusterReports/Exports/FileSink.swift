import MusterStore

/// An export file's writer, counting the rows it was given.
final class FileSink: ExportRowSink {
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
