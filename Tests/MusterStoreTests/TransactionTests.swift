import MusterCore
@testable import MusterStore
import MusterTestSupport
import Testing

@Suite("One transaction per command batch")
struct TransactionTests {
    @Test("a batch whose last command fails leaves nothing behind, not even audit events")
    func lastCommandFails() throws {
        let fixture = try StoreFixture()
        let officers = try fixture.store.integer("SELECT COUNT(*) FROM officer")
        let events = try fixture.store.integer("SELECT COUNT(*) FROM audit_event")
        let batch: [RecordCommand] = [
            .addOfficer(Officer(badge: "N1", lastName: "New", firstName: "One")),
            .recordCompletion(CompletionRequest(badge: "N1", moduleID: SampleCurriculum.firstAid, completedOn: day("2025-01-01"))),
            .editOfficer(badge: "A1", changes: OfficerChanges(unit: .some("West"))),
            .recordCompletion(CompletionRequest(badge: "A1", moduleID: "no-such-module")),
        ]
        #expect(throws: StoreError.unknownModule("no-such-module")) { try fixture.store.apply(batch, actor: "t") }
        #expect(try fixture.store.integer("SELECT COUNT(*) FROM officer") == officers)
        #expect(try fixture.store.integer("SELECT COUNT(*) FROM completion") == 0)
        #expect(try fixture.store.integer("SELECT COUNT(*) FROM audit_event") == events)
        #expect(try fixture.store.officer(badge: "A1")?.unit == "North")
        #expect(try fixture.store.verifyAudit().isIntact)
    }

    @Test("a failing import in the middle of a roster stores none of its rows")
    func rosterFailsMidway() throws {
        let fixture = try StoreFixture()
        let entries = (1...50).map { index in
            CompletionRequest(badge: index == 40 ? "GHOST" : "A1", moduleID: SampleCurriculum.firstAid,
                              completedOn: day("2025-01-01").adding(days: index))
        }
        #expect(throws: StoreError.unknownBadge("GHOST")) { try fixture.apply(.recordRoster(RosterRequest(entries: entries))) }
        #expect(try fixture.store.integer("SELECT COUNT(*) FROM completion") == 0)
    }

    @Test("a dry run reports what would change and writes nothing")
    func dryRun() throws {
        let fixture = try StoreFixture()
        let events = try fixture.store.integer("SELECT COUNT(*) FROM audit_event")
        let results = try fixture.store.dryRun([
            .addOfficer(Officer(badge: "N1", lastName: "New", firstName: "One")),
            .recordCompletion(CompletionRequest(badge: "N1", moduleID: SampleCurriculum.firstAid, completedOn: day("2025-01-01"))),
        ], actor: "t")
        #expect(results.first == .officerAdded(badge: "N1"))
        #expect(results.last?.createdID != nil)
        #expect(try fixture.store.officer(badge: "N1") == nil)
        #expect(try fixture.store.integer("SELECT COUNT(*) FROM audit_event") == events)
    }

    @Test("a second writer waits for the first, and both batches land")
    func concurrentWriters() async throws {
        let fixture = try StoreFixture()
        let other = try MusterDatabase.open(path: fixture.path, clock: .fixed(today))
        let store = fixture.store
        async let first: Void = Task.detached {
            for index in 0..<30 {
                _ = try store.apply([.addOfficer(Officer(badge: "P\(index)", lastName: "P", firstName: "Q"))], actor: "one")
            }
        }.value
        async let second: Void = Task.detached {
            for index in 0..<30 {
                _ = try other.apply([.addOfficer(Officer(badge: "R\(index)", lastName: "R", firstName: "S"))], actor: "two")
            }
        }.value
        _ = try await (first, second)
        #expect(try fixture.store.officerCount(.all) == StoreFixture.officers.count + 60)
        #expect(try fixture.store.verifyAudit().isIntact)
    }
}
