import MusterCore
@testable import MusterReports
import MusterStore
import Testing

/// `muster plan` spells its rows on the cores that judged them and sorts keys, not rows
/// (`PlanReport.forEachSortedPiece`): over a demo agency with programs, and officers whose badges SQLite orders
/// differently from Swift (a decomposed accent among them), the pieces must hold exactly the rows, in
/// exactly the order, of the plain path (`rows(from:)`, sorted by `PlanItem.urgentFirst`), encoded as it encodes them
/// one by one, whatever the spans and the pieces.
@Suite("The plan spelled in spans and sorted by keys equals the plain path's rows")
struct PlanPiecesTests {
    struct Outcome: Sendable {
        var name: String
        var same: Bool
        var rows: Int
    }

    static let formats: [EncodedRows.Format] = [.csv(excel: false), .json(columns: PlanReport.columns)]

    @Test("CSV and JSON bytes and text rows equal the plain path's", arguments: [(7, 1), (4_096, 9), (100, StandingStream.spanSize)])
    func sameAsPlain(pieceSize: Int, spanSize: Int) async throws {
        let outcomes = try await onOwnThread {
            let demo = try DemoStore(officers: 60, seed: 11)
            defer { demo.remove() }
            let store = demo.store
            let today = CalendarDate.today()
            let hired = today.adding(months: -40)
            let badges = ["é7", "e\u{301}8", "Z9", "a9", "日本", "Ö1"]
            _ = try store.apply([.importOfficers(rows: badges.map {
                OfficerImportRow(badge: $0, lastName: "Ödön, Jr.", firstName: "Zoë \"Z\"", unit: .some("Traffic"),
                                 hireDate: .some(hired))
            }, sync: false)], as: .coordinator("test"))
            try ProgramReadsTests.assignPrograms(store, today: today)
            let curriculum = try store.curriculum()
            var outcomes: [Outcome] = []
            for day in [today, today.adding(days: 200)] {
                for filter in [OfficerFilter.all, OfficerFilter(unit: "Traffic")] {
                    let report = PlanReport(curriculum: curriculum, filter: filter, by: day)
                    let plain = try report.rows(from: store)
                    let name = "\(day) \(filter)"
                    for format in Self.formats {
                        var expected = EncodedRows(format)
                        for row in plain { expected.append(row.typedValues) }
                        var (bytes, rows) = ([UInt8](), 0)
                        try report.forEachSortedPiece(from: store, rows: { EncodedRows(format) }, every: pieceSize,
                                                      spanSize: spanSize) { piece in
                            #expect(piece.count <= pieceSize && piece.count > 0)
                            bytes += piece.bytes
                            rows += piece.count
                        }
                        outcomes.append(Outcome(name: "\(name) \(format)", same: bytes == expected.bytes && rows == plain.count,
                                                rows: plain.count))
                    }
                    var text: [[String?]] = []
                    try report.forEachSortedPiece(from: store, rows: { TextRows() }, every: pieceSize, spanSize: spanSize) {
                        text += $0.rows
                    }
                    let expected = plain.map { $0.typedValues.map { $0 == .null ? nil : $0.csvText } }
                    outcomes.append(Outcome(name: "\(name) text", same: text == expected, rows: plain.count))
                    if filter == .all {
                        // The officers whose badges SQLite and Swift order differently are in the plan.
                        let planned = Set(plain.map { Array($0.item.badge.utf8) })
                        outcomes.append(Outcome(name: "\(name) badges", same: badges.allSatisfy { planned.contains(Array($0.utf8)) },
                                                rows: planned.count))
                    }
                }
            }
            return outcomes
        }
        for outcome in outcomes {
            // Compared as one Bool: a failed expectation on large arrays would print their whole difference.
            #expect(outcome.same, "\(outcome.name)")
            #expect(outcome.rows > 0, "\(outcome.name)")
        }
    }
}
