import MusterStore

/// Writes an export's rows as CSV or JSON to a path (or standard output): a regular file appears only when
/// complete, and a failed export leaves none.
enum ExportFile {
    /// Streams the rows `produce` emits and returns how many were written; `written` sees the running count
    /// after each row or span of rows.
    /// `replacing` and `database` are `ExportOutput`'s: whether an existing file may be replaced, and the
    /// database whose files it must never be.
    static func write(
        to path: String?, replacing: Bool, protecting database: String, format: ExportFileFormat, columns: [String],
        written: @escaping (Int) -> Void, _ produce: (_ sink: FileSink) throws -> Void
    ) throws -> (count: Int, isAtomic: Bool) {
        let output = try ExportOutput(path: path, replacing: replacing, protecting: database)
        let sink: FileSink
        do {
            switch format {
            case .json:
                sink = FileSink(json: JSONExportWriter(output: output, columns: columns), columns: columns, written: written)
            case .csv(let excel):
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
