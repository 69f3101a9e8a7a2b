import MusterCore
import Testing

@Suite("Status tallies")
struct StatusTallyTests {
    @Test("counts each status, zeros included, and merges tallies from separate batches")
    func countsAndMerges() {
        let first = CertificationStatusTally([.certified, .lapsed, .certified])
        let second = CertificationStatusTally([.expiring, .certified])
        let merged = first.merging(second)
        #expect(merged[.certified] == 3)
        #expect(merged[.expiring] == 1)
        #expect(merged[.lapsed] == 1)
        #expect(merged[.notStarted] == 0)
        #expect(merged.total == 5)
        #expect(merged.rows.map(\.count) == [3, 1, 1, 0, 0, 0])
        #expect(merged == CertificationStatusTally([.lapsed, .expiring, .certified, .certified, .certified]))
        #expect(merged != first)
    }
}
