import MusterStore

/// Writes an export's rows as CSV or JSON to a path (or standard output), shared by `muster export` and
/// the workspace's Exports tab: a regular file appears only when complete, and a failed export leaves none.
enum ExportFile {
    /// Streams the rows `produce` emits and returns how many were written; `written` sees the running count.
    static func write(
        to path: String?, json: Bool, excel: Bool, columns: [String],
        written: @escaping (Int) -> Void = { _ in },
        _ produce: (_ emit: ([ExportValue]) throws -> Void) throws -> Void
    ) throws -> (count: Int, isAtomic: Bool) {
        let output = try ExportOutput(path: path)
        var count = 0
        do {
            if json {
                let writer = JSONExportWriter(output: output, columns: columns)
                try produce { try writer.writeRow($0); count += 1; written(count) }
                try writer.finish()
            } else {
                let writer = CSVExportWriter(output: output, excel: excel)
                try writer.writeRow(columns)
                try produce { try writer.writeRow($0); count += 1; written(count) }
                try writer.finish()
            }
        } catch {
            output.abandon()
            throw error
        }
        return (count, output.isAtomic)
    }
}
