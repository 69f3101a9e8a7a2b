import MusterCore
@testable import MusterReports
@testable import MusterStore
import Testing

@Suite("audit verify's checks on separate threads")
struct AuditVerificationTests {
    struct Outcome: Sendable {
        var report: AuditReport
        var latest: [String]
        var oneAfterTheOther: AuditReport
        var latestOneAfterTheOther: [String]
        var events: Int
    }

    @Test("give the report of the checks run one after the other in one transaction, intact or not", arguments: [
        nil,
        "UPDATE audit_event SET actor = 'mallory' WHERE id = 30",
        "UPDATE officer SET last_name = 'Changed' WHERE badge = (SELECT MIN(badge) FROM officer)",
        "UPDATE completion_latest SET completed_on = '2001-01-01' WHERE badge = (SELECT MIN(badge) FROM completion_latest)",
        "UPDATE pass_digest SET passes = x'0000' WHERE badge = (SELECT MIN(badge) FROM pass_digest)",
    ])
    func sameAsOneAfterTheOther(tampering: String?) async throws {
        let outcome = try await onOwnThread {
            let demo = try DemoStore(officers: 30, seed: 2)
            defer { demo.remove() }
            let store = demo.store
            if let tampering { try store.executeBehindMustersBack(tampering) }
            let (report, latest) = try AuditVerification.run(store)
            return Outcome(report: report, latest: latest, oneAfterTheOther: try store.verifyAudit(),
                           latestOneAfterTheOther: try store.completionLatestMismatches() + store.passDigestMismatches(),
                           events: try store.integer("SELECT COUNT(*) FROM audit_event"))
        }
        #expect(outcome.report == outcome.oneAfterTheOther)
        #expect(outcome.latest == outcome.latestOneAfterTheOther)
        #expect((outcome.report.isIntact && outcome.latest.isEmpty) == (tampering == nil))
        if outcome.report.firstBrokenLink == nil {
            #expect(outcome.report.eventsChecked == outcome.events)
        }
    }
}
