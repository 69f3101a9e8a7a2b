import GRDB
import MusterCore
@testable import MusterStore
import MusterTestSupport
import Testing

@Suite("Audit hash chain and tamper detection")
struct AuditTrailTests {
    /// A store with a little of everything, so every entity kind has events.
    func busyFixture() throws -> StoreFixture {
        let fixture = try StoreFixture()
        let id = try fixture.record("A1", SampleCurriculum.firstAid, on: "2025-01-05")
        try fixture.apply(.voidCompletion(id: id, reason: "duplicate sheet"))
        _ = try fixture.record("A2", SampleCurriculum.deEscalation, on: "2025-02-05", score: 85)
        try fixture.apply(.assign(AssignmentRequest(target: .module(SampleCurriculum.firstAid), assignee: .unit("North"))))
        try fixture.apply(.waive(WaiverRequest(badge: "B1", moduleID: SampleCurriculum.firstAid, reason: "leave")))
        try fixture.apply(.grantRole(login: "kim", role: .coordinator))
        try fixture.apply(.createSession(SessionRequest(moduleID: SampleCurriculum.firstAid, heldOn: day("2025-03-01"))))
        try fixture.apply(.editOfficer(badge: "C1", changes: OfficerChanges(unit: .some("East"))))
        return fixture
    }

    @Test("every change appends one chained event with actor, action and states")
    func eventsAreChained() throws {
        let fixture = try busyFixture()
        let events = try fixture.store.auditLog(limit: 1000, offset: 0).reversed() as [AuditEvent]
        #expect(events.first?.prevHash == AuditEvent.genesisHash)
        for (previous, next) in zip(events, events.dropFirst()) {
            #expect(next.prevHash == previous.hash)
            #expect(next.id == previous.id + 1)
        }
        #expect(events.allSatisfy { $0.hash == $0.recomputedHash })
        let void = try #require(events.first { $0.action == "voidCompletion" })
        #expect(void.actor == "tester")
        #expect(void.entity == "completion")
        #expect(void.before?.contains("\"voided_reason\"") == false)
        #expect(void.before?.contains("null") == false)
        #expect(void.after?.contains("\"voided_reason\":\"duplicate sheet\"") == true)
        #expect(void.occurredAt.hasSuffix("Z"))
        #expect(try fixture.store.auditLog(limit: 2, offset: 1).count == 2)
    }

    @Test("an untouched trail verifies intact")
    func intact() throws {
        let fixture = try busyFixture()
        let report = try fixture.store.verifyAudit()
        #expect(report.isIntact, "\(report.lines)")
        #expect(report.eventsChecked == (try fixture.store.integer("SELECT COUNT(*) FROM audit_event")))
    }

    @Test("each event stores its hash as the 32 bytes of the SHA-256 digest, which the log shows as hex")
    func storedDigests() throws {
        let fixture = try busyFixture()
        let stored = try fixture.store.read { db in
            try Row.fetchAll(db, sql: """
                SELECT id, typeof(hash) AS kind, length(hash) AS size, lower(hex(hash)) AS hex FROM audit_event ORDER BY id DESC
                """)
        }
        let events = try fixture.store.auditLog(limit: 1000, offset: 0)
        #expect(stored.count == events.count)
        for (row, event) in zip(stored, events) {
            #expect(row["id"] == event.id)
            #expect(row["kind"] == "blob")
            #expect(row["size"] == 32)
            #expect(row["hex"] == event.hash)
            #expect(event.hash == event.recomputedHash)
        }
    }

    @Test("an event changed with raw SQL is named as the first broken link", arguments: [
        "actor = 'mallory'", "hash = zeroblob(32)", "hash = '\(String(repeating: "ab", count: 32))'",
    ])
    func changedEvent(change: String) throws {
        let fixture = try busyFixture()
        try fixture.store.executeBehindMustersBack("UPDATE audit_event SET \(change) WHERE id = 12")
        let report = try fixture.store.verifyAudit()
        #expect(report.firstBrokenLink == BrokenLink(eventID: 12, problem: .doesNotAddUp))
        #expect(report.lines.first?.hasPrefix("audit event 12 does not match its hash") == true)
    }

    @Test("a removed event breaks the chain where it was")
    func removedEvent() throws {
        let fixture = try busyFixture()
        try fixture.store.executeBehindMustersBack("DELETE FROM audit_event WHERE id = 7")
        #expect(try fixture.store.verifyAudit().firstBrokenLink == BrokenLink(eventID: 8, problem: .missingEvents(expectedID: 7)))
    }

    /// Events 5… move up by one and a forged event 5 takes their place, its hash computed over its content and
    /// the hash it claims to follow: a made-up one, or the true one of event 4. Either way the chain stops
    /// adding up where the forgery is, or at the event after it.
    @Test("an event inserted with re-numbered ids is caught where it was inserted", arguments: [
        (forgedOnTrueChain: false, brokenAt: Int64(5)),
        (forgedOnTrueChain: true, brokenAt: Int64(6)),
    ])
    func insertedEvent(forgedOnTrueChain: Bool, brokenAt: Int64) throws {
        let fixture = try busyFixture()
        let count = try fixture.store.integer("SELECT COUNT(*) FROM audit_event")
        let fourth = try #require(try fixture.store.auditLog(limit: 1, offset: count - 4).first)
        #expect(fourth.id == 4)
        try fixture.store.executeBehindMustersBack("UPDATE audit_event SET id = -id WHERE id >= 5")
        try fixture.store.executeBehindMustersBack("UPDATE audit_event SET id = -id + 1 WHERE id < 0")
        let forgedHash = AuditEvent.computeHash(
            prevHash: forgedOnTrueChain ? fourth.hash : "f00d", id: 5, occurredAt: "2025-01-01T00:00:00.000Z",
            actor: "mallory", action: "addOfficer", entity: "officer", entityKey: "X", before: nil, after: nil)
        try fixture.store.executeBehindMustersBack("""
            INSERT INTO audit_event VALUES (5, '2025-01-01T00:00:00.000Z', 'mallory', 'addOfficer', 'officer', 'X',
                NULL, NULL, x'\(forgedHash)')
            """)
        #expect(try fixture.store.integer("SELECT COUNT(*) FROM audit_event") == count + 1)
        #expect(try fixture.store.verifyAudit().firstBrokenLink == BrokenLink(eventID: brokenAt, problem: .doesNotAddUp))
    }

    @Test("an officer row edited with raw SQL is named as changed outside Muster")
    func editedOfficer() throws {
        let fixture = try busyFixture()
        try fixture.store.executeBehindMustersBack("UPDATE officer SET unit = 'Secret' WHERE badge = 'B1'")
        let report = try fixture.store.verifyAudit()
        #expect(report.firstBrokenLink == nil)
        #expect(report.drifts.count == 1)
        let drift = try #require(report.drifts.first)
        #expect(drift.entity == .officer)
        #expect(drift.key == "B1")
        guard case .changed(let expected, let actual) = drift.problem else {
            Issue.record("expected a changed drift, got \(drift.problem)")
            return
        }
        #expect(expected.contains("\"unit\":\"South\""))
        #expect(actual.contains("\"unit\":\"Secret\""))
        #expect(drift.description.hasPrefix("officer 'B1' was changed outside Muster"))
    }

    @Test("rows added or deleted behind Muster's back are named", arguments: [
        ("INSERT INTO completion (badge, module_id, module_version, completed_on, result) VALUES ('C1', 'first-aid', '2023.1', '2025-01-01', 'pass')",
         AuditEntity.completion, "unaudited"),
        ("DELETE FROM waiver", AuditEntity.waiver, "missing"),
        ("UPDATE completion SET voided_reason = NULL, voided_at = NULL, voided_by = NULL", AuditEntity.completion, "changed"),
        ("UPDATE user_role SET role = 'auditor'", AuditEntity.userRole, "changed"),
    ])
    func addedOrDeleted(sql: String, entity: AuditEntity, kind: String) throws {
        let fixture = try busyFixture()
        try fixture.store.executeBehindMustersBack(sql)
        let drifts = try fixture.store.verifyAudit().drifts
        #expect(drifts.count == 1)
        #expect(drifts.first?.entity == entity)
        let found: String? = switch drifts.first?.problem {
        case .unaudited: "unaudited"
        case .missing: "missing"
        case .changed: "changed"
        case nil: nil
        }
        #expect(found == kind)
    }
}

@Suite("Audit events in spellings Muster does not write")
struct OtherSpellingTests {
    @Test("a completion's after-state with its NULL columns spelled out no longer matches its row")
    func nullsSpelledOut() throws {
        let fixture = try StoreFixture()
        let id = try #require(try fixture.apply(.recordCompletion(CompletionRequest(
            badge: "A1", moduleID: SampleCurriculum.firstAid, completedOn: day("2025-01-01"), hours: 4))).createdID)
        #expect(try fixture.store.read { db in try SQLiteRecordStore.drifts(of: .completion, db) }.isEmpty)
        // Only the drift check is asked here; the hash chain would notice the rewrite too.
        try fixture.store.executeBehindMustersBack("""
            UPDATE audit_event SET after_state = replace(after_state, '"result":"pass"}', '"result":"pass","score":null}')
            WHERE entity = 'completion' AND entity_key = '\(id)'
            """)
        let drifts = try fixture.store.read { db in try SQLiteRecordStore.drifts(of: .completion, db) }
        #expect(drifts.map(\.key) == ["\(id)"])
    }

    @Test("a hash stored as its 64 hex characters instead of the digest's bytes is a broken link")
    func hexTextHash() throws {
        let fixture = try StoreFixture()
        let events = try fixture.store.integer("SELECT COUNT(*) FROM audit_event")
        #expect(try fixture.store.verifyAudit().isIntact)
        try fixture.store.executeBehindMustersBack("UPDATE audit_event SET hash = lower(hex(hash)) WHERE id = 2")
        #expect(try fixture.store.integer("SELECT COUNT(*) FROM audit_event WHERE typeof(hash) = 'text'") == 1)
        let report = try fixture.store.verifyAudit()
        #expect(report.firstBrokenLink == BrokenLink(eventID: 2, problem: .doesNotAddUp))
        #expect(events > 2)
    }
}
