import MusterCore
@testable import MusterReports
import MusterStore
import Testing

@Suite("Standings judged in spans on every core")
struct StandingStreamTests {
    @Test("status lines judged in spans on every core arrive in badge order and equal each officer's whole-history standings",
          arguments: [1, 3, 7, 40, StandingStream.spanSize])
    func spansInOrder(spanSize: Int) throws {
        let demo = try DemoStore(officers: 40, seed: 5)
        defer { demo.remove() }
        let store = demo.store
        let asOf = CalendarDate.today()
        let engine = StatusEngine(curriculum: try store.curriculum())
        var expected: [String: [ModuleStatusLine]] = [:]
        var order: [String] = []
        try store.forEachOfficerRecords(.all) { records in
            order.append(records.officer.badge)
            expected[records.officer.badge] = engine.moduleStandings(for: records, asOf: asOf).map(\.line)
        }
        var spans = 0
        var judged: [(String, [ModuleStatusLine])] = []
        try StandingStream.forEachSpanOfStatusLines(
            store, .all, engine: engine, asOf: asOf, every: spanSize,
            start: { [(String, [ModuleStatusLine])]() }, add: { $0.append(($1.officer.badge, $2)) }
        ) { span in
            spans += 1
            judged += span
        }
        #expect(judged.map(\.0) == order)
        #expect(order.count == 40)
        #expect(spans == (40 + spanSize - 1) / spanSize)
        for (badge, lines) in judged { #expect(lines == expected[badge], "officer \(badge)") }
        #expect(judged.contains { !$0.1.isEmpty })
    }
}
