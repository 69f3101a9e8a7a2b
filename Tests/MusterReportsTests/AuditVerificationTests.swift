import MusterCore
@testable import MusterReports
@testable import MusterStore
import Testing

@Suite("audit verify's checks on separate threads")
struct AuditVerificationTests {
    @Test("give the report of the checks run one after the other in one transaction, intact or not", arguments: [
        nil,
        "UPDATE audit_event SET actor = 'mallory' WHERE id = 30",
        "UPDATE officer SET last_name = 'Changed' WHERE badge = (SELECT MIN(badge) FROM officer)",
        "UPDATE completion_latest SET completed_on = '2001-01-01' WHERE badge = (SELECT MIN(badge) FROM completion_latest)",
    ])
    func sameAsOneAfterTheOther(tampering: String?) throws {
        let demo = try DemoStore(officers: 30, seed: 2)
        defer { demo.remove() }
        let store = demo.store
        if let tampering { try store.executeBehindMustersBack(tampering) }

        let (report, latest) = try AuditVerification.run(store)
        #expect(report == (try store.verifyAudit()))
        #expect(latest == (try store.completionLatestMismatches()))
        #expect((report.isIntact && latest.isEmpty) == (tampering == nil))
        if report.firstBrokenLink == nil {
            #expect(report.eventsChecked == (try store.integer("SELECT COUNT(*) FROM audit_event")))
        }
    }
}
