import MusterCore
@testable import MusterReports
import MusterStore
import Testing

@Suite("The roster export read in pieces on every core")
struct RosterExportTests {
    static let formats: [EncodedRows.Format] = [.csv(excel: false), .csv(excel: true), .json(columns: RosterExportRow.columns)]

    /// One filter's export read one by one and in pieces.
    struct Outcome: Sendable {
        var whole: Bool
        var oneByOne: [[ExportValue]]
        var inPieces: [[ExportValue]]
        /// Whether the pieces' bytes equal the rows read one by one, encoded.
        var sameBytes: Bool
        var pieces: Int
        var spans: Int
    }

    @Test("pieces of any size give the bytes of the rows read one by one; a filtered roster comes whole",
          arguments: formats, [13, 500, RosterExport.spanSize])
    func sameAsOneByOne(format: EncodedRows.Format, spanSize: Int) async throws {
        let outcomes = try await onOwnThread {
            let demo = try DemoStore(officers: 40, seed: 5)
            defer { demo.remove() }
            let store = demo.store
            let filters = [RosterExportFilter(),
                           RosterExportFilter(moduleID: "uof-deescalation", from: CalendarDate(iso: "2024-01-01"))]
            return try filters.map { filter in
                let oneByOne = CollectingSink(encoding: nil)
                try RosterExport.produce(filter, from: store, into: oneByOne)
                let inPieces = CollectingSink(encoding: format)
                try RosterExport.produce(filter, from: store, into: inPieces, every: spanSize)
                var expected = EncodedRows(format)
                for row in oneByOne.values { expected.append(row) }
                return Outcome(whole: filter == RosterExportFilter(), oneByOne: oneByOne.values, inPieces: inPieces.values,
                               sameBytes: inPieces.bytes == expected.bytes, pieces: inPieces.pieces,
                               spans: try store.completionIDSpans(every: spanSize).count)
            }
        }
        for outcome in outcomes {
            #expect(!outcome.oneByOne.isEmpty)
            if outcome.whole {
                #expect(outcome.sameBytes, "the pieces differ from the rows read one by one")
                // Every piece is handed on, empty ones included.
                #expect(outcome.pieces == outcome.spans)
            } else {
                #expect(outcome.pieces == 0)
                // Compared as one Bool: a failed expectation on two large arrays would print their whole difference.
                let same = outcome.inPieces == outcome.oneByOne
                #expect(same, "the filtered roster differs from the rows read one by one")
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
