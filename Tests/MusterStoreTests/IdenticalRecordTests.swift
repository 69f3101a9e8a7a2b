import Foundation
import MusterCore
@testable import MusterStore
import MusterTestSupport
import Testing

@Suite("Recording a completion already on record writes nothing")
struct IdenticalRecordTests {
    static func request(hours: Double? = 3, score: Int? = 90, instructor: String? = "Sgt. A") -> CompletionRequest {
        CompletionRequest(badge: "A1", moduleID: SampleCurriculum.deEscalation, completedOn: day("2025-01-10"),
                          score: score, hours: hours, instructor: instructor)
    }

    func events(_ fixture: StoreFixture) throws -> Int {
        try fixture.store.integer("SELECT COUNT(*) FROM audit_event")
    }

    @Test("a retried record reports the completion on record: no row, no audit event")
    func retried() throws {
        let fixture = try StoreFixture()
        defer { fixture.directory.remove() }
        let first = try fixture.apply(.recordCompletion(Self.request()))
        let id = try #require(first.createdID)
        let eventsBefore = try events(fixture)
        for request in [Self.request(), Self.request(score: 95, instructor: nil)] {
            #expect(try fixture.apply(.recordCompletion(request)) == .completionAlreadyOnRecord(id: id))
        }
        #expect(try events(fixture) == eventsBefore)
        #expect(try fixture.store.integer("SELECT COUNT(*) FROM completion") == 1)
    }

    @Test("different hours, or the first one voided, is recorded anew")
    func different() throws {
        let fixture = try StoreFixture()
        defer { fixture.directory.remove() }
        let first = try #require(try fixture.apply(.recordCompletion(Self.request())).createdID)
        let other = try fixture.apply(.recordCompletion(Self.request(hours: 4)))
        #expect(other.createdID != nil && other.createdID != first)
        try fixture.apply(.voidCompletion(id: first, reason: "typo"))
        let again = try fixture.apply(.recordCompletion(Self.request()))
        #expect(again.createdID != nil && again.createdID != first)
    }

    @Test("a roster row already on record is skipped and counted")
    func roster() throws {
        let fixture = try StoreFixture()
        defer { fixture.directory.remove() }
        _ = try fixture.apply(.recordCompletion(Self.request()))
        let outcome = try fixture.apply(.recordRoster(RosterRequest(entries: [Self.request(), Self.request(hours: nil)])))
        guard case .rosterRecorded(let summary) = outcome else { throw StoreError.storage("no roster") }
        #expect(summary.newIDs.isEmpty)
        #expect(summary.duplicates == 2)
    }
}
