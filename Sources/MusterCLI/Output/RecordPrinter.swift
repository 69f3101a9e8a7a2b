import Foundation
import MusterStore

/// Prints rows of records as a table, CSV or JSON objects keyed by column name; nil prints as empty/null.
struct RecordPrinter {
    var format: OutputFormat
    var columns: [String]

    func print(_ rows: [[String?]]) throws {
        switch format {
        case .table:
            var table = TextTable(columns.map { $0.uppercased() })
            for row in rows { table.append(row.map { $0 ?? "" }) }
            StandardStreams.out(table.render())
        case .csv:
            let output = try ExportOutput(path: nil)
            let writer = CSVExportWriter(output: output)
            try writer.writeRow(columns)
            for row in rows { try writer.writeRow(row.map { ExportValue.optionalText($0) }) }
            try writer.finish()
        case .json:
            let objects = rows.map { row in
                Dictionary(uniqueKeysWithValues: zip(columns, row).map { ($0, $1.map(JSONValue.text) ?? .null) })
            }
            StandardStreams.out(try JSONOutput.string(objects))
        }
    }
}

/// A JSON scalar for rows whose columns are known only at run time.
enum JSONValue: Encodable {
    case text(String)
    case null

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let text): try container.encode(text)
        case .null: try container.encodeNil()
        }
    }
}
