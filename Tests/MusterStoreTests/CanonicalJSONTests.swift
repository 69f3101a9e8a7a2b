import Foundation
@testable import MusterStore
import Testing

@Suite("Canonical JSON used by the audit trail")
struct CanonicalJSONTests {
    @Test("strings are escaped so any JSON parser reads them back unchanged", arguments: [
        "plain", "quote \" and backslash \\", "line\nbreak\r\ttab", "bell \u{07} nul-ish \u{1F}", "Zoë 東京 🚓",
        "{\"nested\":\"json\"}",
    ])
    func stringRoundTrip(text: String) throws {
        let literal = CanonicalJSON.string(text)
        let decoded = try JSONDecoder().decode(String.self, from: Data(literal.utf8))
        #expect(decoded == text)
    }

    @Test("the hash covers every field: changing any one changes it")
    func hashCoversFields() {
        let base = AuditEvent.computeHash(prevHash: "p", id: 1, occurredAt: "t", actor: "a", action: "x", entity: "e",
                                          entityKey: "k", before: nil, after: "{}")
        let variants = [
            AuditEvent.computeHash(prevHash: "q", id: 1, occurredAt: "t", actor: "a", action: "x", entity: "e", entityKey: "k", before: nil, after: "{}"),
            AuditEvent.computeHash(prevHash: "p", id: 2, occurredAt: "t", actor: "a", action: "x", entity: "e", entityKey: "k", before: nil, after: "{}"),
            AuditEvent.computeHash(prevHash: "p", id: 1, occurredAt: "t", actor: "b", action: "x", entity: "e", entityKey: "k", before: nil, after: "{}"),
            AuditEvent.computeHash(prevHash: "p", id: 1, occurredAt: "t", actor: "a", action: "x", entity: "e", entityKey: "k", before: "", after: "{}"),
            AuditEvent.computeHash(prevHash: "p", id: 1, occurredAt: "t", actor: "a", action: "x", entity: "e", entityKey: "k", before: nil, after: nil),
        ]
        #expect(base.count == 64)
        #expect(Set(variants + [base]).count == variants.count + 1)
    }
}
