import Foundation
import GRDB
import MusterCore
import MusterDemo
@testable import MusterStore
import MusterTestSupport
import Testing


/// A random history of everything that decides which completion is newest: passes and failures in any date
/// order, several on one day, voids (often of the newest pass), a second module version part-way, copied
/// columns with and without values, and rosters small and large enough for the pipelined path.
struct RandomHistory: Sendable, CustomTestStringConvertible {
    enum Step: Sendable {
        case records([CompletionRequest])
        case roster([CompletionRequest])
        /// Voids the counting completion at this position (modulo their count), among the newest per key or among
        /// all, as the completion table says (so both paths void the same one).
        case void(position: Int, newest: Bool)
        case revise
    }

    let seed: UInt64
    let steps: [Step]
    var testDescription: String { "seed \(seed)" }

    static let officers = StoreFixture.officers + (1...4).map {
        Officer(badge: "R\($0)", lastName: "Random\($0)", firstName: "R", unit: "East")
    }

    init(seed: UInt64) {
        self.seed = seed
        var random = SeededGenerator(seed: seed)
        func entry() -> CompletionRequest {
            let module = [SampleCurriculum.deEscalation, SampleCurriculum.firstAid, SampleCurriculum.legalUpdate]
                .randomElement(using: &random)!
            // Sixty days, so that many completions share a day.
            let on = day("2024-01-01").adding(days: Int.random(in: 0..<60, using: &random))
            let scored = module == SampleCurriculum.deEscalation
            return CompletionRequest(
                badge: Self.officers.randomElement(using: &random)!.badge, moduleID: module, completedOn: on,
                result: scored ? nil : (Int.random(in: 0..<4, using: &random) == 0 ? .fail : .pass),
                score: scored ? Int.random(in: 40...100, using: &random) : nil,
                hours: Bool.random(using: &random) ? Double(Int.random(in: 1...8, using: &random)) : nil,
                instructor: Bool.random(using: &random) ? "Instructor \(Int.random(in: 1...3, using: &random))" : nil,
                sessionID: Int.random(in: 0..<5, using: &random) == 0 ? 1 : nil)
        }
        var steps: [Step] = []
        let reviseAt = Int.random(in: 20..<60, using: &random)
        // One large roster before the new version and one after.
        let largeAt: Set = [Int.random(in: 0..<reviseAt, using: &random), Int.random(in: reviseAt..<80, using: &random)]
        for index in 0..<80 {
            if index == reviseAt { steps.append(.revise) }
            if largeAt.contains(index) {
                let size = CommandContext.pipelinedRosterSize + Int.random(in: 0..<400, using: &random)
                steps.append(.roster((0..<size).map { _ in entry() }))
            }
            switch Int.random(in: 0..<20, using: &random) {
            case 0...3:
                steps.append(.roster((0..<Int.random(in: 1...40, using: &random)).map { _ in entry() }))
            case 4...7:
                steps.append(.void(position: Int.random(in: 0..<10_000, using: &random), newest: Bool.random(using: &random)))
            default:
                steps.append(.records((0..<Int.random(in: 1...12, using: &random)).map { _ in entry() }))
            }
        }
        self.steps = steps
    }

    /// Applies the history to `store`, which holds `officers`, the initial curriculum and nothing else.
    func apply(to store: SQLiteRecordStore) throws {
        _ = try store.apply([.createSession(SessionRequest(moduleID: SampleCurriculum.firstAid, heldOn: day("2024-01-01")))],
                            actor: "setup")
        for step in steps {
            switch step {
            case .records(let entries): _ = try store.apply(entries.map(RecordCommand.recordCompletion), actor: "clerk")
            case .roster(let entries): _ = try store.apply([.recordRoster(RosterRequest(entries: entries))], actor: "clerk")
            case .revise:
                _ = try store.apply([.loadCurriculum(SampleCurriculum.revised)], actor: "clerk")
                try store.approvePending(on: CalendarDate(iso: "2023-01-01")!)
            case .void(let position, let newest):
                let counting = try store.read { db in
                    try Int64.fetchAll(db, sql: newest
                        ? "SELECT completion_id FROM (\(CompletionLatestRule.recomputed)) ORDER BY completion_id"
                        : "SELECT id FROM completion WHERE \(CompletionLatestRule.countsSQL()) ORDER BY id")
                }
                guard !counting.isEmpty else { continue }
                _ = try store.apply([.voidCompletion(id: counting[position % counting.count], reason: "test")], actor: "clerk")
            }
        }
    }
}

@Suite("completion_latest's rule, spelled once: triggers, bulk path and recomputation agree")
struct CompletionLatestRuleTests {
    static let histories = [1, 2, 3, 17].map { RandomHistory(seed: $0) }

    /// Every column of every `completion_latest` row, in key order.
    static func stored(_ store: SQLiteRecordStore) throws -> [String] {
        try store.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM completion_latest ORDER BY badge, module_id, module_version")
                .map(\.description)
        }
    }

    /// The rows `CompletionLatestRule.recomputed` gives from the completions alone, as `stored` lists them.
    static func recomputed(_ store: SQLiteRecordStore) throws -> [String] {
        try store.read { db in
            try Row.fetchAll(db, sql: """
                SELECT * FROM (\(CompletionLatestRule.recomputed)) ORDER BY badge, module_id, module_version
                """).map(\.description)
        }
    }

    /// The newest and earliest counting completion per key by the rule's Swift spelling (`counts`, `isNewer`,
    /// `isEarlier`), as (key, completion ids), in key order.
    static func recomputedInSwift(_ store: SQLiteRecordStore) throws -> [String] {
        let rows = try store.read { db in try Row.fetchAll(db, sql: "SELECT * FROM completion") }
        var newest: [String: InsertedCompletion] = [:]
        var earliest: [String: InsertedCompletion] = [:]
        for row in rows {
            guard CompletionLatestRule.counts(result: row["result"], voidedReason: row["voided_reason"]) else { continue }
            let completion = InsertedCompletion(
                id: row["id"], badge: row["badge"], moduleID: row["module_id"], moduleVersion: row["module_version"],
                completedOn: day(row["completed_on"]), result: row["result"], score: row["score"], hours: row["hours"],
                instructor: row["instructor"], sessionID: row["session_id"])
            let key = "\(completion.badge) \(completion.moduleID) \(completion.moduleVersion)"
            if earliest[key].map({ CompletionLatestRule.isEarlier(completion, than: $0) }) ?? true { earliest[key] = completion }
            if let kept = newest[key], !CompletionLatestRule.isNewer(completion, than: kept) { continue }
            newest[key] = completion
        }
        return newest.sorted { precedesInBinaryCollation($0.key, $1.key) }
            .map { "\($0.key) #\($0.value.id) earliest #\(earliest[$0.key]!.id)" }
    }

    static func keysAndIDs(_ store: SQLiteRecordStore) throws -> [String] {
        try store.read { db in
            try Row.fetchAll(db, sql: """
                SELECT badge, module_id, module_version, completion_id, earliest_id FROM completion_latest
                ORDER BY badge, module_id, module_version
                """).map { "\($0[0] as String) \($0[1] as String) \($0[2] as String) #\($0[3] as Int64) earliest #\($0[4] as Int64)" }
        }
    }

    @Test("a random history written with the triggers and the same one bulk-loaded keep the same rows, which a recompute from scratch gives too",
          arguments: histories)
    func triggersBulkAndRecomputeAgree(history: RandomHistory) throws {
        let byTriggers = try StoreFixture(officers: RandomHistory.officers)
        defer { byTriggers.directory.remove() }
        try history.apply(to: byTriggers.store)

        let loaded = try StoreFixture(officers: RandomHistory.officers)
        defer { loaded.directory.remove() }
        let (triggerDuring, latestDuring) = try loaded.store.loadingInBulk {
            try history.apply(to: loaded.store)
            return (try loaded.store.integer("SELECT COUNT(*) FROM sqlite_master WHERE name = '\(CompletionLatestRule.insertTrigger)'"),
                    try Self.stored(loaded.store))
        }
        #expect(triggerDuring == 0, "the bulk path ran without the insert trigger")

        let expected = try Self.stored(byTriggers.store)
        #expect(expected.count > 20)
        #expect(try byTriggers.store.integer("SELECT COUNT(*) FROM completion WHERE voided_reason IS NOT NULL") > 5)
        #expect(latestDuring == expected)
        #expect(try Self.stored(loaded.store) == expected)
        #expect(try Self.recomputed(byTriggers.store) == expected)
        #expect(try Self.recomputedInSwift(byTriggers.store) == Self.keysAndIDs(byTriggers.store))
        #expect(try byTriggers.store.completionLatestMismatches().isEmpty)
        #expect(try loaded.store.completionLatestMismatches().isEmpty)
        #expect(try loaded.store.verifyAudit().isIntact)
    }

    @Test("the histories hold what decides the newest: several passes of one key on one day, failures, and two versions")
    func historiesAreTangled() throws {
        let fixture = try StoreFixture(officers: RandomHistory.officers)
        defer { fixture.directory.remove() }
        try Self.histories[0].apply(to: fixture.store)
        #expect(try fixture.store.integer("""
            SELECT COUNT(*) FROM (SELECT 1 FROM completion WHERE \(CompletionLatestRule.countsSQL())
                                  GROUP BY badge, module_id, module_version, completed_on HAVING COUNT(*) > 1)
            """) > 0)
        #expect(try fixture.store.integer("SELECT COUNT(*) FROM completion WHERE result = 'fail'") > 0)
        #expect(try fixture.store.integer("SELECT COUNT(DISTINCT module_version) FROM completion_latest") == 2)
        #expect(try fixture.store.integer("SELECT COUNT(*) FROM completion") > CommandContext.pipelinedRosterSize)
    }
}
