/// Streams CSV rows that Python's `csv` module and spreadsheets read back: fields with a comma, quote, line
/// break or edge spaces are quoted, quotes doubled, and a text cell a spreadsheet would run as a formula is
/// prefixed with `'` (`CSVLine.field`). The Excel form starts with a UTF-8 BOM and ends lines with CRLF so
/// spreadsheet programs pick the right encoding.
public final class CSVExportWriter {
    private let output: ExportOutput
    private var wroteBOM = false
    private let excel: Bool
    private var scratch = CSVLine()

    public init(output: ExportOutput, excel: Bool = false) {
        self.output = output
        self.excel = excel
    }

    public func writeRow(_ fields: [String]) throws {
        var line = takeLine()
        for (index, field) in fields.enumerated() {
            if index > 0 { line.separator() }
            line.field(field)
        }
        try write(&line)
    }

    /// A row of optional text, nil written as an empty field.
    public func writeRow(_ fields: [String?]) throws {
        var line = takeLine()
        for (index, field) in fields.enumerated() {
            if index > 0 { line.separator() }
            if let field { line.field(field) }
        }
        try write(&line)
    }

    public func writeRow(_ values: [ExportValue]) throws {
        var line = takeLine()
        for (index, value) in values.enumerated() {
            if index > 0 { line.separator() }
            switch value {
            case .text(let text): line.field(text)
            case .integer(let number): line.decimal(number)
            case .null: break
            case .number, .bool: line.field(value.csvText)
            }
        }
        try write(&line)
    }

    /// Appends rows encoded elsewhere as `.csv` with this writer's `excel` setting.
    public func write(_ rows: EncodedRows) throws {
        precondition(rows.format == .csv(excel: excel), "rows encoded for another format")
        if excel, !wroteBOM {
            try output.write(bytes: [0xEF, 0xBB, 0xBF])
            wroteBOM = true
        }
        try output.write(bytes: rows.bytes)
    }

    /// The reusable line buffer, emptied, with the byte-order mark first when the file needs one.
    private func takeLine() -> CSVLine {
        var line = CSVLine()
        swap(&line, &scratch)
        line.clear()
        if excel, !wroteBOM {
            line.bom()
            wroteBOM = true
        }
        return line
    }

    private func write(_ line: inout CSVLine) throws {
        line.end(excel: excel)
        try output.write(bytes: line.bytes)
        swap(&line, &scratch)
    }

    /// Writes what is left and moves a regular file into place.
    public func finish() throws {
        if excel, !wroteBOM {
            try output.write(bytes: [0xEF, 0xBB, 0xBF])
            wroteBOM = true
        }
        try output.finish()
    }
}
