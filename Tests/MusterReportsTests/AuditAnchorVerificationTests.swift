import MusterCore
@testable import MusterReports
@testable import MusterStore
import Testing

/// `audit verify` with a published head and the agency's public key, over a signed demo agency tampered with
/// behind Muster's back (the connection can still edit rows; `Benchmarks/tamper/run.sh` covers the schema edits
/// the sqlite3 shell allows).
@Suite("audit verify with a published head and a public key")
struct AuditAnchorVerificationTests {
    struct Outcome: Sendable {
        var intact: Bool
        var problems: [String]
        var plainIntact: Bool
    }

    static let key = AuditSigningKey.generate()

    @Test("catches what the chain alone cannot, and passes an untouched log", arguments: [
        ("untouched", nil, nil),
        ("tail cut with its record", """
            DELETE FROM audit_event WHERE id = (SELECT MAX(id) FROM audit_event);
            DELETE FROM audit_signature WHERE event_id NOT IN (SELECT id FROM audit_event);
            DELETE FROM officer WHERE badge = 'LAST'
            """, "is not in the log"),
        ("signatures deleted", "DELETE FROM audit_signature", "no event carries a genuine signature"),
        ("signature forged", "UPDATE audit_signature SET signature = zeroblob(64) WHERE event_id = (SELECT MAX(event_id) FROM audit_signature)",
         "signature is not genuine"),
        ("signed by another key", "UPDATE audit_signature SET public_key = zeroblob(32)", "is signed by another key"),
        ("head's hash rewritten", "UPDATE audit_event SET hash = zeroblob(32) WHERE id = (SELECT MAX(id) FROM audit_event)",
         "not the published"),
    ] as [(String, String?, String?)])
    func anchors(name: String, tampering: String?, problem: String?) async throws {
        let outcome = try await onOwnThread {
            let demo = try DemoStore(officers: 12, seed: 3)
            defer { demo.remove() }
            let signed = try MusterDatabase.open(path: demo.folder.file("demo.sqlite"), signingKey: Self.key)
            _ = try signed.apply([.addOfficer(Officer(badge: "LAST", lastName: "Last", firstName: "L"))],
                                 as: .coordinator("coord"))
            let head = try signed.auditHead()
            if let tampering { try signed.executeBehindMustersBack(tampering) }
            let anchors = AuditAnchors(head: PublishedHead(seq: head.seq, hash: head.hash), publicKey: Self.key.publicKey)
            let result = try AuditVerification.run(signed, anchors: anchors)
            return Outcome(intact: result.isIntact, problems: result.problems,
                           plainIntact: try AuditVerification.run(signed, anchors: AuditAnchors()).isIntact)
        }
        if let problem {
            #expect(!outcome.intact)
            #expect(outcome.problems.contains { $0.contains(problem) }, "\(name): \(outcome.problems)")
        } else {
            #expect(outcome.intact, "\(outcome.problems)")
        }
        // Cutting the tail with its record and stripping signatures leave a chain that adds up on its own.
        if name == "tail cut with its record" || name == "signatures deleted" { #expect(outcome.plainIntact) }
    }

    @Test("the signature spans cover every event once, and reach past the newest", arguments: [0, 1, 7, 1_000_003] as [Int64])
    func spans(newest: Int64) {
        let spans = AuditVerification.signatureSpans(upTo: newest, count: 4)
        #expect(spans.first?.lowerBound == 1)
        #expect(spans.last?.upperBound == Int64.max)
        for (earlier, later) in zip(spans, spans.dropFirst()) { #expect(earlier.upperBound + 1 == later.lowerBound) }
    }
}
