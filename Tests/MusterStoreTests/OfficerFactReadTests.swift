import Foundation
import GRDB
import MusterCore
@testable import MusterStore
import MusterTestSupport
import Testing

@Suite("Officer facts: the upgrade, imports and reads")
struct OfficerFactReadTests {
    /// A file as the released v1 schema left it: S1 added in 2023 and separated on 2024-02-03, L1 added on leave
    /// in 2023, L2 on leave with no event behind it, A1 active; each event a real link of the chain.
    static func v1File(_ directory: TemporaryDirectory) throws -> String {
        let path = directory.file("v1.sqlite")
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: SchemaV1.sql)
            try db.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
            try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('v1-schema')")
            try db.execute(sql: """
                INSERT INTO officer (badge, last_name, first_name, unit, status) VALUES
                ('A1', 'Able', 'Ann', 'North', 'active'), ('L1', 'Leave', 'Lou', 'North', 'leave'),
                ('S1', 'Sep', 'Sam', 'South', 'active'), ('L2', 'Late', 'Lee', NULL, 'leave')
                """)
            let added = try CommandContext(db: db, actor: "setup", clock: .fixed(day("2023-01-10")))
            for badge in ["A1", "L1", "S1"] { try added.audit(action: "addOfficer", entity: .officer, key: badge, before: nil) }
            let before = try AuditEntity.officer.snapshot(db, key: "S1")
            try db.execute(sql: "UPDATE officer SET status = 'separated' WHERE badge = 'S1'")
            let separated = try CommandContext(db: db, actor: "setup", clock: .fixed(day("2024-02-03")))
            try separated.audit(action: "separateOfficer", entity: .officer, key: "S1", before: before)
        }
        return path
    }

    @Test("opening a v1 file gives its separated and on-leave officers the dated facts behind their status, audited")
    func upgradeFromV1() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let store = try MusterDatabase.open(path: try Self.v1File(directory), clock: .fixed(today))
        #expect(try store.facts(badge: "S1").map(\.kind) == [.separated])
        #expect(try store.facts(badge: "S1").map(\.on) == [day("2024-02-03")])
        #expect(try store.facts(badge: "L1").map(\.kind) == [.leave(until: nil)])
        #expect(try store.facts(badge: "L1").map(\.on) == [day("2023-01-10")])
        #expect(try store.facts(badge: "L2").map(\.on) == [today])
        #expect(try store.facts(badge: "A1").isEmpty)
        #expect(try store.integer("SELECT COUNT(*) FROM audit_event WHERE entity = 'officer_fact' AND actor = 'muster-upgrade'") == 3)
        let report = try store.verifyAudit()
        #expect(report.firstBrokenLink == nil)
        // L2 was written behind Muster's back before the upgrade; the facts themselves are all accounted for.
        #expect(report.drifts.map(\.key) == ["L2"])
        // Statuses read the same before and after: S1 served until 2024-02-03, L1 on leave throughout its record.
        var timelines: [String: OfficerTimeline] = [:]
        try store.forEachOfficerRecords(.all) { timelines[$0.officer.badge] = $0.timeline }
        #expect(timelines["S1"]?.serves(on: day("2024-02-02")) == true)
        #expect(timelines["S1"]?.serves(on: day("2024-02-03")) == false)
        #expect(timelines["L1"]?.leave(on: day("2024-06-01")) != nil)
    }

    @Test("an import dates the moves, status changes and sync separations it brings by --effective")
    func importEffective() throws {
        let fixture = try StoreFixture()
        let rows = [
            OfficerImportRow(badge: "A1", lastName: "Ångström", firstName: "Zoë", unit: .some("South")),
            OfficerImportRow(badge: "A2", lastName: "Baker", firstName: "Sam", status: .leave),
            OfficerImportRow(badge: "N1", lastName: "New", firstName: "Nia", unit: .some("East"), status: .separated),
            OfficerImportRow(badge: "N2", lastName: "New", firstName: "Ned", unit: .some("East")),
        ]
        let effective = day("2025-04-01")
        let result = try fixture.apply(.importOfficers(rows: rows, sync: true, effective: effective))
        #expect(result.importCounts == OfficerImportSummary(new: 2, updated: 2, unchanged: 0, separated: 2))
        #expect(try fixture.store.facts(badge: "A1").map(\.kind) == [.unitChange(from: "North", to: "South")])
        #expect(try fixture.store.facts(badge: "A2").map(\.kind) == [.leave(until: nil)])
        #expect(try fixture.store.facts(badge: "N1").map(\.kind) == [.separated])
        #expect(try fixture.store.facts(badge: "N2").isEmpty)
        for badge in ["B1", "C1"] { #expect(try fixture.store.facts(badge: badge).map(\.kind) == [.separated]) }
        #expect(try fixture.store.integer("SELECT COUNT(DISTINCT on_date) FROM officer_fact") == 1)
        #expect(try fixture.store.integer("SELECT COUNT(*) FROM officer_fact WHERE on_date = '2025-04-01'") == 5)
        #expect(try fixture.store.verifyAudit().isIntact)
        #expect(throws: StoreError.rule(.futureDate(field: "effective", date: day("2025-06-16"), today: today))) {
            try fixture.apply(.importOfficers(rows: rows, sync: false, effective: day("2025-06-16")))
        }
    }

    @Test("a first import into an empty table writes facts only for officers arriving separated or on leave")
    func firstImport() throws {
        let fixture = try StoreFixture(officers: [])
        let rows = (0..<50).map { index in
            OfficerImportRow(badge: "P\(index)", lastName: "L", firstName: "F", unit: .some("U\(index % 3)"),
                             status: index == 7 ? .separated : index == 9 ? .leave : nil)
        }
        try fixture.apply(.importOfficers(rows: rows, sync: false))
        #expect(try fixture.store.integer("SELECT COUNT(*) FROM officer_fact") == 2)
        #expect(try fixture.store.facts(badge: "P7").map(\.on) == [today])
    }

    @Test("streamed records carry the officer's facts and the assignments of every unit they were in")
    func streamedFactsAndPastUnits() throws {
        let fixture = try StoreFixture()
        let north = try fixture.apply(.assign(AssignmentRequest(
            target: .module(SampleCurriculum.legalUpdate), assignee: .unit("North")))).createdID
        let south = try fixture.apply(.assign(AssignmentRequest(
            target: .module(SampleCurriculum.firstAid), assignee: .unit("South")))).createdID
        try fixture.apply(OfficerFactCommandTests.edit("A1", unit: "South", on: "2025-03-01"))
        try fixture.apply(.separateOfficer(badge: "B1", on: day("2025-05-01")))
        var streamed: [String: OfficerRecords] = [:]
        try fixture.store.forEachOfficerRecords(.all) { streamed[$0.officer.badge] = $0 }
        let a1 = try #require(streamed["A1"])
        #expect(a1.facts == (try fixture.store.facts(badge: "A1")))
        #expect(Set(a1.assignments.map(\.id)) == Set([north, south].compactMap { $0 }))
        #expect(a1.timeline.unit(on: day("2025-02-28")) == "North")
        #expect(a1.timeline.unit(on: day("2025-03-01")) == "South")
        #expect(Set(try fixture.store.assignments(badge: "A1").map(\.id)) == Set([north, south].compactMap { $0 }))
        #expect(streamed["B1"]?.facts.map(\.kind) == [.separated])
        #expect(streamed["A2"]?.facts.isEmpty == true)
        // A unit filter joins the facts to officers like the other records, and still hands over the past units'.
        var filtered: [OfficerRecords] = []
        try fixture.store.forEachOfficerRecords(OfficerFilter(unit: "South")) { filtered.append($0) }
        #expect(filtered.map(\.officer.badge) == ["A1", "B1"])
        #expect(filtered.first?.facts.count == 1)
        #expect(filtered.first?.assignments.count == 2)
    }
}
