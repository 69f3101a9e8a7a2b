import Foundation
import MusterCore
import MusterReports
import MusterStore
import MusterTUI

/// The Exports tab's preview and write: the tab's request turned into the report `muster export` writes.
enum ClientExports {
    static func preview(_ request: ExportRequest, store: SQLiteRecordStore, curriculum: Curriculum, asOf: CalendarDate,
                        access: AccessPolicy) throws -> ExportPreview {
        let store = try store.reading(.export, as: access)
        let report = request.report(curriculum: curriculum, asOf: asOf)
        return ExportPreview(header: report.columns, rows: try ReportExport.preview(report, from: store, rows: 10))
    }

    static func write(_ request: ExportRequest, store: SQLiteRecordStore, curriculum: Curriculum, asOf: CalendarDate,
                      access: AccessPolicy, progress: @escaping @Sendable (ExportProgress) -> Void) throws -> ExportResult {
        let store = try store.reading(.export, as: access)
        // Relative paths land in the directory muster was started from; the result names the full path.
        let path = URL(fileURLWithPath: request.outputPath).standardizedFileURL.path
        var reported = 0
        let count: Int
        do {
            count = try ReportExport.write(
                request.report(curriculum: curriculum, asOf: asOf), from: store, to: path, replacing: request.replaceExisting,
                as: request.format == .json ? .json : .csv(excel: request.excelCompatible),
                written: { count in
                    guard count >= reported + 5_000 else { return }
                    reported = count
                    progress(ExportProgress(rowsWritten: count))
                }
            ).count
        } catch let refusal as OutputFileRefusal where refusal.isExistingFile {
            throw ExportFileExists(path: path)
        }
        progress(ExportProgress(rowsWritten: count, totalRows: count))
        return ExportResult(path: path, rowCount: count)
    }
}
