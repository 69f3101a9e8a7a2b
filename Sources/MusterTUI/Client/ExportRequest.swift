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
    /// CSV that Excel opens cleanly (UTF-8 BOM, CRLF); every CSV has formula-safe cells.
    public var excelCompatible: Bool
    public var outputPath: String
    /// Replace `outputPath` if it exists (asked first); otherwise the client refuses with `ExportFileExists`.
    public var replaceExisting: Bool

    public init(kind: Kind, moduleID: String? = nil, unit: String? = nil, from: CalendarDate? = nil, to: CalendarDate? = nil,
                format: Format = .csv, excelCompatible: Bool = false, outputPath: String, replaceExisting: Bool = false) {
        self.kind = kind
        self.moduleID = moduleID
        self.unit = unit
        self.from = from
        self.to = to
        self.format = format
        self.excelCompatible = excelCompatible
        self.outputPath = outputPath
        self.replaceExisting = replaceExisting
    }
}
