import Foundation
import MusterStore

/// Prints rows of records as a table, CSV, or JSON objects keyed by column name; nil prints as empty/null.
/// CSV and JSON stream row by row (a status of 100,000 officers is never held in memory); a table waits
/// for its last row because column widths depend on every row, and keeps its rows as bytes until then.
final class RecordPrinter {
    private let format: OutputFormat
    private let columns: [String]
    private var table: TextTable
    private let csv: CSVExportWriter?
    private let json: JSONExportWriter?

    init(format: OutputFormat, columns: [String]) throws {
        self.format = format
        self.columns = columns
        table = TextTable(format == .table ? columns.map { $0.uppercased() } : [])
        switch format {
        case .table:
            csv = nil
            json = nil
        case .csv:
            csv = CSVExportWriter(output: try ExportOutput(path: nil))
            json = nil
            try csv?.writeRow(columns)
        case .json:
            csv = nil
            json = JSONExportWriter(output: try ExportOutput(path: nil), columns: columns)
        }
    }

    func emit(_ row: [String?]) throws {
        switch format {
        case .table: table.append(row.map { $0 ?? "" })
        case .csv: try csv?.writeRow(row)
        case .json: try json?.writeRow(row.map { ExportValue.optionalText($0) })
        }
    }

    /// A row of typed values: JSON keeps numbers as numbers (and null as null); CSV and the table print them as text.
    func emit(_ values: [ExportValue]) throws {
        switch format {
        case .table: table.append(values.map(\.csvText))
        case .csv: try csv?.writeRow(values)
        case .json: try json?.writeRow(values)
        }
    }

    /// How spans of rows may be encoded ahead for `emit(_:)`; nil for a table, which waits for every row.
    var encoding: EncodedRows.Format? {
        switch format {
        case .table: nil
        case .csv: .csv(excel: false)
        case .json: .json(columns: columns)
        }
    }

    /// Rows a table's spans were spelled into (`TextTable(columnCount:)`), after those before.
    func emit(_ rows: TextTable) {
        table.append(contentsOf: rows)
    }

    /// Prints rows encoded ahead as `encoding`.
    func emit(_ rows: EncodedRows) throws {
        if let csv { try csv.write(rows) } else { try json?.write(rows) }
    }

    func finish() throws {
        switch format {
        case .table:
            try table.write { try StandardStreams.out(escaped: $0) }
        case .csv: try csv?.finish()
        case .json: try json?.finish()
        }
    }

    /// Prints all rows at once.
    static func print(format: OutputFormat, columns: [String], rows: [[String?]]) throws {
        let printer = try RecordPrinter(format: format, columns: columns)
        for row in rows { try printer.emit(row) }
        try printer.finish()
    }
}
