import MusterCore
import MusterStore
import SpreadsheetXLSX

/// Writes a built `ProfileRoster` as the profile's file type, through `ExportOutput` like every export: a
/// regular file appears only when complete, never over the database, an existing one only when replacing.
public enum ProfileRosterFile {
    /// Returns how many rows were written and whether the file was put in place atomically.
    public static func write(_ roster: ProfileRoster, profile: RosterProfile, to path: String?, replacing: Bool,
                             protecting database: String?, excel: Bool) throws -> (count: Int, isAtomic: Bool) {
        let output = try ExportOutput(path: path, replacing: replacing, protecting: database)
        do {
            switch profile.fileType {
            case .csv:
                let writer = CSVExportWriter(output: output, excel: excel)
                try writer.writeRow(roster.header)
                for row in roster.rows { try writer.writeRow(row) }
                try writer.finish()
            case .xlsx:
                let header = roster.header.map { XLSXCell.text($0) }
                let rows = roster.rows.map { $0.map(cell) }
                try output.write(bytes: try XLSXWorkbook.bytes(sheetName: profile.sheet, rows: [header] + rows))
                try output.finish()
            }
        } catch {
            output.abandon()
            throw error
        }
        return (roster.rows.count, output.isAtomic)
    }

    /// Numbers stay numbers in a sheet; every other value is text, so ids keep their leading zeros.
    private static func cell(_ value: ExportValue) -> XLSXCell {
        switch value {
        case .text(let text): .text(text)
        case .integer(let number): .number(Double(number))
        case .number(let number): .number(number)
        case .bool(let flag): .text(flag ? "true" : "false")
        case .null: .empty
        }
    }
}
