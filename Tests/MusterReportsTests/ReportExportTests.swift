import Foundation
import MusterCore
@testable import MusterReports
import MusterStore
import Testing

@Suite("Exports written to a file and previewed")
struct ReportExportTests {
    static func reports(_ store: SQLiteRecordStore) throws -> [ExportReport] {
        let curriculum = try store.curriculum()
        return [
            .roster(RosterExportFilter()),
            .roster(RosterExportFilter(unit: "Traffic")),
            .compliance(ComplianceQuery(curriculum: curriculum, asOf: .today())),
            .compliance(ComplianceQuery(curriculum: curriculum, asOf: .today(), moduleID: "uof-deescalation",
                                        from: CalendarDate(iso: "2024-01-01"))),
        ]
    }

    /// One report written, read one row at a time, and previewed.
    struct Outcome: Sendable {
        var written: Int
        var isAtomic: Bool
        var rows: [[ExportValue]]
        /// Whether the file equals the same rows written one at a time.
        var sameFile: Bool
        var preview: [[String]]
    }

    @Test("a file written in encoded spans holds the rows handed on one at a time, and the preview is its start",
          arguments: [ExportFileFormat.csv(excel: false), .csv(excel: true), .json])
    func fileMatchesRows(format: ExportFileFormat) async throws {
        let outcomes = try await onOwnThread {
            let demo = try DemoStore(officers: 40, seed: 7)
            defer { demo.remove() }
            return try Self.reports(demo.store).enumerated().map { number, report in
                let path = demo.folder.file("export-\(number)")
                let written = try ReportExport.write(report, from: demo.store, to: path, as: format)
                let oneByOne = CollectingSink(encoding: nil)
                try ReportExport.produce(report, from: demo.store, into: oneByOne)
                // The same rows written one at a time: the writers' own spelling, which the spans must match.
                let reference = demo.folder.file("reference-\(number)")
                _ = try ExportFile.write(to: reference, replacing: false, protecting: demo.store.databasePath, format: format, columns: report.columns, written: { _ in }) { sink in
                    for row in oneByOne.values { try sink.emit(row) }
                }
                let sameFile = try Data(contentsOf: URL(fileURLWithPath: path)) == Data(contentsOf: URL(fileURLWithPath: reference))
                return Outcome(written: written.count, isAtomic: written.isAtomic, rows: oneByOne.values, sameFile: sameFile,
                               preview: try ReportExport.preview(report, from: demo.store, rows: 10))
            }
        }
        for outcome in outcomes {
            #expect(outcome.isAtomic)
            #expect(!outcome.rows.isEmpty)
            #expect(outcome.written == outcome.rows.count)
            #expect(outcome.sameFile, "the file differs from the rows written one at a time")
            #expect(outcome.preview == outcome.rows.prefix(10).map { $0.map(\.csvText) })
        }
    }
}
