/// Streams CSV rows that Python's `csv` module and spreadsheets read back unchanged: fields with a comma,
/// quote, line break or edge spaces are quoted, quotes doubled. The Excel form starts with a UTF-8 BOM
/// and ends lines with CRLF so spreadsheet programs pick the right encoding.
public final class CSVExportWriter {
    private let output: ExportOutput
    private let lineEnd: String
    private var wroteBOM = false
    private let excel: Bool

    public init(output: ExportOutput, excel: Bool = false) {
        self.output = output
        self.excel = excel
        lineEnd = excel ? "\r\n" : "\n"
    }

    public func writeRow(_ fields: [String]) throws {
        if excel, !wroteBOM {
            try output.write(bytes: [0xEF, 0xBB, 0xBF])
            wroteBOM = true
        }
        var line = ""
        for (index, field) in fields.enumerated() {
            if index > 0 { line += "," }
            line += Self.escape(field)
        }
        try output.write(line + lineEnd)
    }

    public func writeRow(_ values: [ExportValue]) throws {
        try writeRow(values.map(\.csvText))
    }

    /// Writes what is left and moves a regular file into place.
    public func finish() throws {
        if excel, !wroteBOM {
            try output.write(bytes: [0xEF, 0xBB, 0xBF])
            wroteBOM = true
        }
        try output.finish()
    }

    static func escape(_ field: String) -> String {
        let needsQuotes = field.utf8.contains { byte in
            byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\n")
                || byte == UInt8(ascii: "\r")
        } || field.first == " " || field.last == " "
        guard needsQuotes else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
