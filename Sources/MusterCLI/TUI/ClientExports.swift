import Foundation
import MusterCore
import MusterStore
import MusterTUI

/// The Exports tab's preview and write, sharing the CLI export's rows and writers.
enum ClientExports {
    static func preview(_ request: ExportRequest, store: SQLiteRecordStore, curriculum: Curriculum, asOf: CalendarDate,
                        access: AccessPolicy) throws -> ExportPreview {
        if let refusal = access.refusal(for: .export) { throw ClientError(refusal) }
        var rows: [[String]] = []
        do {
            try ExportRows.produce(request, store: store, curriculum: curriculum, asOf: asOf) { values in
                rows.append(values.map(\.csvText))
                if rows.count >= 10 { throw PreviewFull() }
            }
        } catch is PreviewFull {}
        return ExportPreview(header: ExportRows.columns(request.kind), rows: rows)
    }

    static func write(_ request: ExportRequest, store: SQLiteRecordStore, curriculum: Curriculum, asOf: CalendarDate,
                      access: AccessPolicy, progress: @escaping @Sendable (ExportProgress) -> Void) throws -> ExportResult {
        if let refusal = access.refusal(for: .export) { throw ClientError(refusal) }
        // Relative paths land in the directory muster was started from; the result names the full path.
        let path = URL(fileURLWithPath: request.outputPath).standardizedFileURL.path
        let count: Int
        do {
            count = try ExportFile.write(
                to: path, json: request.format == .json, excel: request.excelCompatible, columns: ExportRows.columns(request.kind),
                written: { if $0 % 5_000 == 0 { progress(ExportProgress(rowsWritten: $0)) } }
            ) { emit in
                try ExportRows.produce(request, store: store, curriculum: curriculum, asOf: asOf, emit: emit)
            }.count
        } catch let error as StoreError {
            throw ClientError(error.description)
        }
        progress(ExportProgress(rowsWritten: count, totalRows: count))
        return ExportResult(path: path, rowCount: count)
    }

    private struct PreviewFull: Error {}
}

/// The rows of the two exports, shared by `muster export` and the TUI's Exports tab.
enum ExportRows {
    static let complianceColumns = ["badge", "last_name", "first_name", "unit", "module_id", "module_title", "status",
                                    "completed_on", "expires_on", "due_on"]

    static func columns(_ kind: ExportRequest.Kind) -> [String] {
        kind == .roster ? RosterExportRow.columns : complianceColumns
    }

    static func produce(_ request: ExportRequest, store: SQLiteRecordStore, curriculum: Curriculum, asOf: CalendarDate,
                        emit: ([ExportValue]) throws -> Void) throws {
        switch request.kind {
        case .roster:
            let filter = RosterExportFilter(moduleID: request.moduleID, unit: request.unit, from: request.from, to: request.to)
            try store.forEachRosterRow(filter) { try emit($0.values) }
        case .compliance:
            try compliance(store: store, curriculum: curriculum, asOf: asOf, moduleID: request.moduleID, unit: request.unit,
                           from: request.from, to: request.to, emit: emit)
        }
    }

    /// One row per active officer and required module, with its status as of `asOf`.
    static func compliance(store: SQLiteRecordStore, curriculum: Curriculum, asOf: CalendarDate, moduleID: String?,
                           unit: String?, from: CalendarDate?, to: CalendarDate?, emit: ([ExportValue]) throws -> Void) throws {
        let engine = StatusEngine(curriculum: curriculum)
        try StandingStream.forEach(store, OfficerFilter(unit: unit, statuses: [.active]), engine: engine, asOf: asOf,
                                   completions: .standingBasis(asOf: asOf), certifications: false) {
            records, officerStanding in
            for standing in officerStanding.modules {
                if let moduleID, standing.moduleID != moduleID { continue }
                if let from, standing.completedOn.map({ $0 < from }) ?? true { continue }
                if let to, standing.completedOn.map({ $0 > to }) ?? true { continue }
                let officer = records.officer
                try emit([.text(officer.badge), .text(officer.lastName), .text(officer.firstName), .optionalText(officer.unit),
                          .text(standing.moduleID), .optionalText(curriculum.module(standing.moduleID)?.title),
                          .text(standing.status.rawValue), .optionalText(standing.completedOn?.iso),
                          .optionalText(standing.expiresOn?.iso), .optionalText(standing.dueOn?.iso)])
            }
        }
    }
}
