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

    @Test("a file written in encoded spans holds the rows handed on one at a time, and the preview is its start",
          arguments: [ExportFileFormat.csv(excel: false), .csv(excel: true), .json])
    func fileMatchesRows(format: ExportFileFormat) throws {
        let demo = try DemoStore(officers: 40, seed: 7)
        defer { demo.remove() }
        for (number, report) in try Self.reports(demo.store).enumerated() {
            let path = demo.folder.file("export-\(number)")
            let written = try ReportExport.write(report, from: demo.store, to: path, as: format)
            #expect(written.isAtomic)
            let oneByOne = CollectingSink(encoding: nil)
            try ReportExport.produce(report, from: demo.store, into: oneByOne)
            #expect(written.count == oneByOne.values.count)
            #expect(!oneByOne.values.isEmpty)

            // The same rows written one at a time: the writers' own spelling, which the spans must match.
            let reference = demo.folder.file("reference-\(number)")
            _ = try ExportFile.write(to: reference, format: format, columns: report.columns, written: { _ in }) { sink in
                for row in oneByOne.values { try sink.emit(row) }
            }
            let same = try Data(contentsOf: URL(fileURLWithPath: path)) == Data(contentsOf: URL(fileURLWithPath: reference))
            #expect(same, "the file differs from the rows written one at a time")

            let preview = try ReportExport.preview(report, from: demo.store, rows: 10)
            #expect(preview == oneByOne.values.prefix(10).map { $0.map(\.csvText) })
        }
    }
}
