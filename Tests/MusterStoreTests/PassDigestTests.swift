import Foundation
import GRDB
import MusterCore
@testable import MusterStore
import Testing

@Suite("Each officer's passes kept as one blob (pass_digest)")
struct PassDigestTests {
    /// Every stored blob by badge; no bytes where stale (a blob always has some, `PassDigestCoding`).
    static func blobs(_ store: SQLiteRecordStore) throws -> [String: [UInt8]] {
        try store.read { db in
            var blobs: [String: [UInt8]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT badge, passes FROM pass_digest") {
                blobs[row[0] as String] = (row[1] as Data?).map(Array.init) ?? []
            }
            return blobs
        }
    }

    /// Each officer's passes as the plain query over the completions gives them: id, day, hours and pass key.
    static func plainPasses(_ store: SQLiteRecordStore, engine: ProgramEngine) throws -> [String: [ProgramPass]] {
        try store.read { db in
            var passes: [String: [ProgramPass]] = [:]
            let rows = try Row.fetchAll(db, sql: """
                SELECT id, badge, module_id, module_version, completed_on, hours FROM completion
                WHERE result = 'pass' AND voided_reason IS NULL ORDER BY badge, completed_on, module_id, module_version, hours, id
                """)
            for row in rows {
                let key = engine.passKey(moduleID: row[2], version: ModuleVersion(row[3] as String)!)
                passes[row[1] as String, default: []].append(ProgramPass(
                    key: key, id: row[0], completedOn: CalendarDate(iso: row[4] as String)!, hours: row[5]))
            }
            return passes
        }
    }

    /// Each officer's passes as the streaming read hands them over, from the blobs.
    static func streamedPasses(_ store: SQLiteRecordStore, engine: ProgramEngine) throws -> [String: [ProgramPass]] {
        var passes: [String: [ProgramPass]] = [:]
        try store.forEachOfficerRecords(.all, completions: nil, passes: engine) { records, taken in
            if !taken.isEmpty { passes[records.officer.badge] = taken }
        }
        return passes
    }

    /// The `PassCutTests` history, with passes of every kind of hours the blob spells apart.
    static func fixture() throws -> StoreFixture {
        let fixture = try PassCutTests.fixture()
        for (index, hours) in [nil, 0.25, 1.5, 8, 63.25, 63.5, 0.1, 120, 1e-9].enumerated() {
            _ = try fixture.record(index.isMultiple(of: 2) ? "A2" : "B1", "r", on: "2024-10-\(10 + 2 * index)", hours: hours)
        }
        return fixture
    }

    @Test("the write path leaves no blob stale, and the streamed passes equal the plain query's")
    func freshAndEqual() throws {
        let fixture = try Self.fixture()
        defer { fixture.directory.remove() }
        let engine = ProgramEngine(curriculum: try fixture.store.curriculum())
        let blobs = try Self.blobs(fixture.store)
        #expect(blobs.keys.sorted() == ["A1", "A2", "B1"])
        #expect(blobs.values.allSatisfy { !$0.isEmpty })
        let plain = try Self.plainPasses(fixture.store, engine: engine)
        #expect(plain["B1"]?.map(\.hours) == [0.25, 8, 63.5, 120])
        #expect(plain["A2"]?.map(\.hours).contains(1e-9) == true)
        #expect(try Self.streamedPasses(fixture.store, engine: engine) == plain)
        #expect(try fixture.store.passDigestMismatches().isEmpty)
    }

    @Test("a change made outside Muster marks the officer's blob stale; reads take their passes from the index")
    func staleAfterOutsideEdit() throws {
        let fixture = try Self.fixture()
        defer { fixture.directory.remove() }
        let engine = ProgramEngine(curriculum: try fixture.store.curriculum())
        try fixture.store.writer.write { db in
            try db.execute(sql: "UPDATE completion SET voided_reason = 'outside' WHERE id = 1")
            try db.execute(sql: "UPDATE completion SET hours = 2 WHERE badge = 'B1' AND hours = 8")
        }
        let blobs = try Self.blobs(fixture.store)
        #expect(blobs["A1"] == [])
        #expect(blobs["B1"] == [])
        #expect(blobs["A2"]?.isEmpty == false)
        let plain = try Self.plainPasses(fixture.store, engine: engine)
        #expect(plain["A1"]?.contains { $0.id == 1 } == false)
        #expect(try Self.streamedPasses(fixture.store, engine: engine) == plain)
        // Stale is no drift; the next write builds the blobs again.
        #expect(try fixture.store.passDigestMismatches().isEmpty)
        _ = try fixture.record("C1", "r", on: "2025-01-02")
        #expect(try Self.blobs(fixture.store).values.allSatisfy { !$0.isEmpty })
        #expect(try Self.streamedPasses(fixture.store, engine: engine) == Self.plainPasses(fixture.store, engine: engine))
    }

    @Test("a blob edited outside Muster is named as a mismatch; a malformed one is read from the index",
          arguments: [
            ("UPDATE pass_digest SET passes = (SELECT passes FROM pass_digest WHERE badge = 'A2') WHERE badge = 'A1'",
             "pass_digest differs from the completions of badge A1"),
            ("UPDATE pass_digest SET passes = x'05' WHERE badge = 'A1'", "pass_digest differs from the completions of badge A1"),
            ("DELETE FROM pass_digest WHERE badge = 'B1'", "pass_digest has no row for the passes of badge B1"),
            ("INSERT INTO pass_digest (badge, passes) SELECT 'C1', passes FROM pass_digest WHERE badge = 'A2'",
             "pass_digest holds passes the completions do not have for badge C1"),
          ])
    func tamperedBlob(edit: String, problem: String) throws {
        let fixture = try Self.fixture()
        defer { fixture.directory.remove() }
        let engine = ProgramEngine(curriculum: try fixture.store.curriculum())
        let plain = try Self.plainPasses(fixture.store, engine: engine)
        try fixture.store.writer.write { db in try db.execute(sql: edit) }
        #expect(try fixture.store.passDigestMismatches() == ["\(problem): the database was edited outside Muster"])
        if edit.contains("x'05'") {
            #expect(try Self.streamedPasses(fixture.store, engine: engine) == plain)
        }
    }

    @Test("an upgrade to v18 builds every officer's blob from the completions")
    func upgradeBuildsBlobs() throws {
        let fixture = try Self.fixture()
        defer { fixture.directory.remove() }
        let built = try Self.blobs(fixture.store)
        try fixture.store.writer.write { db in
            try db.execute(sql: """
                DROP TRIGGER \(PassDigest.insertTrigger); DROP TRIGGER \(PassDigest.updateTrigger);
                DROP TRIGGER \(PassDigest.deleteTrigger); DROP TABLE \(PassDigest.table);
                DELETE FROM grdb_migrations WHERE identifier = '\(PassDigest.migration)'
                """)
        }
        var upgraded: [String] = []
        let reopened = try MusterDatabase.open(path: fixture.path, clock: .fixed(today), beforeUpgrading: { upgraded = $0 })
        #expect(upgraded == [PassDigest.migration])
        #expect(try Self.blobs(reopened) == built)
        #expect(try reopened.passDigestMismatches().isEmpty)
    }
}
