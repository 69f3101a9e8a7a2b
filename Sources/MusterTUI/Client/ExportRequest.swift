import MusterCore

/// What the Exports tab asks the client to write.
public struct ExportRequest: Sendable, Equatable {
    /// Which roster.
    public enum Kind: String, Sendable, CaseIterable {
        /// Completions (one row per recorded completion).
        case roster
        /// Compliance (one row per officer and required module, with status).
        case compliance
    }

    public enum Format: String, Sendable, CaseIterable {
        case csv, json
    }

    public var kind: Kind
    public var moduleID: String?
    public var unit: String?
    /// Inclusive date range of completions (roster) or nothing (compliance).
    public var from: CalendarDate?
    public var to: CalendarDate?
    public var format: Format
    /// CSV that Excel opens cleanly (UTF-8 BOM, CRLF, formula-safe cells).
    public var excelCompatible: Bool
    public var outputPath: String

    public init(kind: Kind, moduleID: String? = nil, unit: String? = nil, from: CalendarDate? = nil, to: CalendarDate? = nil,
                format: Format = .csv, excelCompatible: Bool = false, outputPath: String) {
        self.kind = kind
        self.moduleID = moduleID
        self.unit = unit
        self.from = from
        self.to = to
        self.format = format
        self.excelCompatible = excelCompatible
        self.outputPath = outputPath
    }
}

/// The first rows an export would write.
public struct ExportPreview: Sendable, Equatable {
    public var header: [String]
    /// About the first ten rows.
    public var rows: [[String]]
    /// How many rows the whole export holds, when known cheaply.
    public var totalRows: Int?

    public init(header: [String], rows: [[String]], totalRows: Int? = nil) {
        self.header = header
        self.rows = rows
        self.totalRows = totalRows
    }
}

/// How far a running export has got.
public struct ExportProgress: Sendable, Equatable {
    public var rowsWritten: Int
    public var totalRows: Int?

    public init(rowsWritten: Int, totalRows: Int? = nil) {
        self.rowsWritten = rowsWritten
        self.totalRows = totalRows
    }
}

/// Where an export went.
public struct ExportResult: Sendable, Equatable {
    public var path: String
    public var rowCount: Int

    public init(path: String, rowCount: Int) {
        self.path = path
        self.rowCount = rowCount
    }
}
