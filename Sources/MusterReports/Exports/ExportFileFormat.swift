/// How an export file is spelled.
public enum ExportFileFormat: Sendable, Equatable {
    /// CSV; with `excel`, a UTF-8 byte-order mark and CRLF line ends for spreadsheet programs.
    case csv(excel: Bool)
    /// One JSON array of objects keyed by column.
    case json
}
