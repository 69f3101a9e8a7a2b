import MusterCore
@testable import MusterReports
import MusterStore
import Testing

@Suite("The roster export read in pieces on every core")
struct RosterExportTests {
    static let formats: [EncodedRows.Format] = [.csv(excel: false), .csv(excel: true), .json(columns: RosterExportRow.columns)]

    @Test("pieces of any size give the bytes of the rows read one by one; a filtered roster comes whole",
          arguments: formats, [13, 500, RosterExport.spanSize])
    func sameAsOneByOne(format: EncodedRows.Format, spanSize: Int) throws {
        let demo = try DemoStore(officers: 40, seed: 5)
        defer { demo.remove() }
        let store = demo.store
        for filter in [RosterExportFilter(), RosterExportFilter(moduleID: "uof-deescalation", from: CalendarDate(iso: "2024-01-01"))] {
            let whole = filter == RosterExportFilter()
            let oneByOne = CollectingSink(encoding: nil)
            try RosterExport.produce(filter, from: store, into: oneByOne)
            let inPieces = CollectingSink(encoding: format)
            try RosterExport.produce(filter, from: store, into: inPieces, every: spanSize)
            #expect(!oneByOne.values.isEmpty)
            if whole {
                var expected = EncodedRows(format)
                for row in oneByOne.values { expected.append(row) }
                // Compared as one Bool: a failed expectation on two large arrays would print their whole difference.
                let same = inPieces.bytes == expected.bytes
                #expect(same, "the pieces differ from the rows read one by one")
                // Every piece is handed on, empty ones included.
                #expect(inPieces.pieces == (try store.completionIDSpans(every: spanSize).count))
            } else {
                #expect(inPieces.pieces == 0)
                #expect(inPieces.values == oneByOne.values)
            }
        }
    }
}

/// Collects what an export hands its file: typed rows one at a time, or encoded pieces.
final class CollectingSink: ExportRowSink {
    let encoding: EncodedRows.Format?
    private(set) var values: [[ExportValue]] = []
    private(set) var bytes: [UInt8] = []
    private(set) var pieces = 0

    init(encoding: EncodedRows.Format?) {
        self.encoding = encoding
    }

    func emit(_ values: [ExportValue]) throws {
        self.values.append(values)
    }

    func emit(_ rows: EncodedRows) throws {
        bytes += rows.bytes
        pieces += 1
    }
}
