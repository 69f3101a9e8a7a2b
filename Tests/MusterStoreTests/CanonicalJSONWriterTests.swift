@testable import MusterStore
import Testing

@Suite("Canonical JSON writer and audit hashing")
struct CanonicalJSONWriterTests {
    func written(_ body: (inout CanonicalJSONWriter) -> Void) -> String {
        var writer = CanonicalJSONWriter()
        body(&writer)
        return writer.text
    }

    @Test("integers are written as Swift prints them", arguments: [
        0, 7, -7, 10, 1_000_000, -1_000_001, Int64.max, Int64.min,
    ] as [Int64])
    func integers(number: Int64) {
        #expect(written { $0.integer(number) } == String(number))
    }

    @Test("doubles are Swift's shortest round-trip form, non-finite ones null", arguments: [
        4.0, 1.5, 0.1, 1e-7, 123_456_789.25, -0.0, Double.infinity, Double.nan,
    ])
    func doubles(number: Double) {
        #expect(written { $0.double(number) } == (number.isFinite ? String(number) : "null"))
    }

    @Test("strings escape quote, backslash and control characters and keep everything else", arguments: [
        ("plain", "\"plain\""),
        ("say \"hi\" \\ bye", "\"say \\\"hi\\\" \\\\ bye\""),
        ("a\nb\rc\td", "\"a\\nb\\rc\\td\""),
        ("\u{07}\u{1F}", "\"\\u0007\\u001f\""),
        ("Zoë 東京 🚓", "\"Zoë 東京 🚓\""),
        ("", "\"\""),
    ])
    func strings(text: String, expected: String) {
        #expect(written { $0.string(text) } == expected)
        #expect(CanonicalJSON.string(text) == expected)
    }

    @Test("an event's hash is SHA-256 over the canonical array of its fields, as chains already stored use it")
    func hashIsStable() {
        // Computed independently (Python: the JSON array text below, hashlib.sha256) and with the builds
        // that wrote existing audit trails; it must never change, or stored chains stop verifying.
        // ["0000…0000","1","2025-06-15T12:00:00.000Z","tester","recordCompletion","completion","1",null,
        //  "{\"badge\":\"A1\",\"note\":\"Zoë \\\"Q\\\"\\n\"}"]
        let hash = AuditEvent.computeHash(
            prevHash: AuditEvent.genesisHash, id: 1, occurredAt: "2025-06-15T12:00:00.000Z", actor: "tester",
            action: "recordCompletion", entity: "completion", entityKey: "1", before: nil,
            after: "{\"badge\":\"A1\",\"note\":\"Zoë \\\"Q\\\"\\n\"}")
        #expect(hash == Self.expectedHash)
    }

    static let expectedHash = "a6a65f9ff9314087c3dfa3a37080d5750cd3c6788092c01107aeea4241ae94a8"
}
