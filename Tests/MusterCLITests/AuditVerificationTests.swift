import Foundation
import MusterCore
@testable import MusterCLI
@testable import MusterStore
import MusterTestSupport
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
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        var options = StoreOptions()
        options.path = folder.file("demo.sqlite")
        let session = try Session.open(options, create: true)
        _ = try DemoBuilder(session: session, curriculum: try CurriculumLoader.load(from: nil), officerCount: 30, seed: 2,
                            asOf: .today()).build()
        if let tampering { try session.store.executeBehindMustersBack(tampering) }

        let (report, latest) = try AuditVerification.run(session.store)
        #expect(report == (try session.store.verifyAudit()))
        #expect(latest == (try session.store.completionLatestMismatches()))
        #expect((report.isIntact && latest.isEmpty) == (tampering == nil))
        if report.firstBrokenLink == nil {
            #expect(report.eventsChecked == (try session.store.integer("SELECT COUNT(*) FROM audit_event")))
        }
    }
}
