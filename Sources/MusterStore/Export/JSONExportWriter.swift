/// Streams a JSON array of objects, one per row, keys in column order, without holding the rows.
public final class JSONExportWriter {
    private let output: ExportOutput
    private let keys: [String]
    private var rowCount = 0

    public init(output: ExportOutput, columns: [String]) {
        self.output = output
        keys = columns.map(JSONText.string)
    }

    public func writeRow(_ values: [ExportValue]) throws {
        var line = rowCount == 0 ? "[\n  {" : ",\n  {"
        for (index, value) in values.enumerated() where index < keys.count {
            if index > 0 { line += ", " }
            line += keys[index] + ": " + value.jsonText
        }
        try output.write(line + "}")
        rowCount += 1
    }

    /// Appends rows encoded elsewhere as `.json` with this writer's columns.
    public func write(_ rows: EncodedRows) throws {
        guard rows.count > 0 else { return }
        // Every encoded row starts with ",\n"; the array's first row takes "[" in place of the comma.
        if rowCount == 0 {
            try output.write("[")
            try output.write(bytes: rows.bytes.dropFirst())
        } else {
            try output.write(bytes: rows.bytes)
        }
        rowCount += rows.count
    }

    /// Closes the array and moves a regular file into place.
    public func finish() throws {
        try output.write(rowCount == 0 ? "[]\n" : "\n]\n")
        try output.finish()
    }
}
