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
        var reported = 0
        do {
            count = try ExportFile.write(
                to: path, json: request.format == .json, excel: request.excelCompatible, columns: ExportRows.columns(request.kind),
                written: { count in
                    guard count >= reported + 5_000 else { return }
                    reported = count
                    progress(ExportProgress(rowsWritten: count))
                }
            ) { sink in
                try ExportRows.produce(request, store: store, curriculum: curriculum, asOf: asOf, sink: sink)
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
                        emit: @escaping ([ExportValue]) throws -> Void) throws {
        try produce(request, store: store, curriculum: curriculum, asOf: asOf, sink: RowByRowSink(emit: emit))
    }

    static func produce(_ request: ExportRequest, store: SQLiteRecordStore, curriculum: Curriculum, asOf: CalendarDate,
                        sink: ExportRowSink) throws {
        switch request.kind {
        case .roster:
            let filter = RosterExportFilter(moduleID: request.moduleID, unit: request.unit, from: request.from, to: request.to)
            try roster(store: store, filter: filter, sink: sink)
        case .compliance:
            try compliance(store: store, curriculum: curriculum, asOf: asOf, moduleID: request.moduleID, unit: request.unit,
                           from: request.from, to: request.to, sink: sink)
        }
    }

    /// Completion ids per piece of the roster read on one thread: a few megabytes of encoded rows.
    static let rosterSpanSize = 65_536

    /// One row per non-voided completion, in id order. The whole roster, when the sink takes encoded rows, is
    /// read and encoded in pieces of the id range on every core; each piece is its own read of the database, so
    /// a write committed during a long export may show in later pieces only (each completion is read once,
    /// whole). A filtered roster is one query: with a module, unit or date to match, SQLite would rather search
    /// that index than the piece's ids, and would search it again for every piece.
    static func roster(store: SQLiteRecordStore, filter: RosterExportFilter, sink: ExportRowSink,
                       every spanSize: Int = rosterSpanSize) throws {
        guard let encoding = sink.encoding, filter == RosterExportFilter() else {
            return try store.forEachRosterRow(filter) { try sink.emit($0.values) }
        }
        let spans = try store.completionIDSpans(every: spanSize)
        // Read once for every piece, after the ids: each completion in range was recorded against a version
        // already loaded.
        let moduleVersions = try store.curriculum().moduleVersions
        try OrderedParallelWork.run(pieces: spans.count, state: {}, work: { _, index in
            var rows = EncodedRows(encoding)
            try store.forEachRosterRow(filter, ids: spans[index], moduleVersions: moduleVersions) { rows.append($0.values) }
            return rows
        }) { try sink.emit($0) }
    }

    /// One row per active officer and required module, with its status as of `asOf`. Rows are built (and,
    /// when the sink takes them so, encoded) on the threads that judge the officers.
    static func compliance(store: SQLiteRecordStore, curriculum: Curriculum, asOf: CalendarDate, moduleID: String?,
                           unit: String?, from: CalendarDate?, to: CalendarDate?, sink: ExportRowSink) throws {
        let engine = StatusEngine(curriculum: curriculum)
        let filter = OfficerFilter(unit: unit, statuses: [.active])
        if let encoding = sink.encoding {
            let rows = ComplianceRows(curriculum: curriculum, moduleID: moduleID, from: from, to: to, spelledAs: EncodedRows(encoding))
            try StandingStream.forEachSpanOfStatusLines(
                store, filter, engine: engine, asOf: asOf, start: { EncodedRows(encoding) },
                add: { encoded, records, lines in rows.write(records.officer, lines, into: &encoded) }
            ) { try sink.emit($0) }
        } else {
            let rows = ComplianceRows(curriculum: curriculum, moduleID: moduleID, from: from, to: to, spelledAs: TextRows())
            try StandingStream.forEachSpanOfStatusLines(
                store, filter, engine: engine, asOf: asOf, start: { TextRows() },
                add: { chunk, records, lines in rows.write(records.officer, lines, into: &chunk) }
            ) { chunk in
                for row in chunk.rows { try sink.emit(row.map(ExportValue.optionalText)) }
            }
        }
    }
}

/// The compliance export's rows for one officer: their required modules, narrowed by module and by when the
/// status's completion was made.
private struct ComplianceRows<Rows: RowBuilder>: Sendable where Rows.Run: Sendable {
    /// Each curriculum module's id and title, spelled once for every officer's line, and where to find them by id.
    let moduleFields: [Rows.Run]
    let moduleNumbers: [String: Int]
    let moduleID: String?
    let from: CalendarDate?
    let to: CalendarDate?

    /// `builder`: rows of the kind and format the report is written in, to spell the modules with.
    init(curriculum: Curriculum, moduleID: String?, from: CalendarDate?, to: CalendarDate?, spelledAs builder: Rows) {
        moduleFields = curriculum.modules.map { builder.run([$0.id, curriculum.module($0.id)?.title]) }
        moduleNumbers = Dictionary(curriculum.modules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.moduleID = moduleID
        self.from = from
        self.to = to
    }

    private func includes(_ line: ModuleStatusLine) -> Bool {
        if let moduleID, line.moduleID != moduleID { return false }
        if let from, line.completedOn.map({ $0 < from }) ?? true { return false }
        if let to, line.completedOn.map({ $0 > to }) ?? true { return false }
        return true
    }

    func write(_ officer: Officer, _ lines: [ModuleStatusLine], into rows: inout Rows) {
        // The officer's four fields are spelled once for all their lines, when the first is written.
        var officerFields: Rows.Run?
        // Lines and spelled modules are read through pointers: the subscripts of an array and of its buffer, like
        // `for line in lines`, hand out a copy and retain what it holds; a pointer's element is used in place.
        lines.withUnsafeBufferPointer { buffer in
            moduleFields.withUnsafeBufferPointer { moduleBuffer in
                guard let lines = buffer.baseAddress else { return }
                for index in 0..<buffer.count where includes(lines[index]) {
                    let spelled = officerFields ?? rows.run([officer.badge, officer.lastName, officer.firstName, officer.unit])
                    officerFields = spelled
                    rows.beginRow()
                    rows.fields(spelled)
                    if let module = moduleNumbers[lines[index].moduleID], let moduleFields = moduleBuffer.baseAddress {
                        rows.fields(moduleFields[module])
                    } else {
                        rows.field(lines[index].moduleID)
                        rows.field(nil as String?)
                    }
                    rows.field(lines[index].status.rawValue)
                    rows.field(lines[index].completedOn)
                    rows.field(lines[index].expiresOn)
                    rows.field(lines[index].dueOn)
                    rows.endRow()
                }
            }
        }
    }
}

/// Rows handed to a closure one at a time, for callers that read them (the Exports tab's preview).
private struct RowByRowSink: ExportRowSink {
    let emit: ([ExportValue]) throws -> Void
    var encoding: EncodedRows.Format? { nil }

    func emit(_ values: [ExportValue]) throws {
        try emit(values)
    }

    func emit(_ rows: EncodedRows) throws {
        preconditionFailure("rows come one at a time when no encoding is asked for")
    }
}
