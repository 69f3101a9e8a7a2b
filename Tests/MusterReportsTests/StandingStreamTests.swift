import MusterCore
@testable import MusterReports
import MusterStore
import Testing

@Suite("Standings judged in spans on every core")
struct StandingStreamTests {
    struct Outcome: Sendable {
        var order: [String] = []
        var expected: [String: [ModuleStatusLine]] = [:]
        var judged: [(String, [ModuleStatusLine])] = []
        var spans = 0
    }

    @Test("status lines judged in spans on every core arrive in badge order and equal each officer's whole-history standings",
          arguments: [1, 3, 7, 40, StandingStream.spanSize])
    func spansInOrder(spanSize: Int) async throws {
        let outcome = try await onOwnThread {
            let demo = try DemoStore(officers: 40, seed: 5)
            defer { demo.remove() }
            let store = demo.store
            let asOf = CalendarDate.today()
            let engine = StatusEngine(curriculum: try store.curriculum())
            var outcome = Outcome()
            try store.forEachOfficerRecords(.all) { records in
                outcome.order.append(records.officer.badge)
                outcome.expected[records.officer.badge] = engine.moduleStandings(for: records, asOf: asOf).map(\.line)
            }
            try StandingStream.forEachSpanOfStatusLines(
                store, .all, engine: engine, asOf: asOf, every: spanSize,
                start: { [(String, [ModuleStatusLine])]() }, add: { $0.append(($1.officer.badge, $2)) }
            ) { span in
                outcome.spans += 1
                outcome.judged += span
            }
            return outcome
        }
        #expect(outcome.judged.map(\.0) == outcome.order)
        #expect(outcome.order.count == 40)
        #expect(outcome.spans == (40 + spanSize - 1) / spanSize)
        for (badge, lines) in outcome.judged { #expect(lines == outcome.expected[badge], "officer \(badge)") }
        #expect(outcome.judged.contains { !$0.1.isEmpty })
    }
}
