import Foundation
import MusterCore
import MusterTestSupport
import Testing

@Suite("AgencySnapshotBuilder folds officers one at a time")
struct AgencySnapshotBuilderTests {
    private func fixtureSnapshot() -> AgencySnapshot {
        var builder = AgencySnapshotBuilder(curriculum: FixtureAgency.curriculum, asOf: FixtureAgency.asOf)
        for records in FixtureAgency.records { builder.add(records) }
        return builder.build()
    }

    @Test("folding standings evaluated elsewhere builds the same snapshot as evaluating in the builder")
    func precomputedStandings() {
        let engine = StatusEngine(curriculum: FixtureAgency.curriculum)
        var builder = AgencySnapshotBuilder(curriculum: FixtureAgency.curriculum, asOf: FixtureAgency.asOf)
        for records in FixtureAgency.records {
            builder.add(records, moduleStandings: engine.moduleStandings(for: records, asOf: FixtureAgency.asOf))
        }
        #expect(builder.build() == fixtureSnapshot())
    }

    @Test("each officer gets one summary row with standing, next expiry and late counts")
    func rows() throws {
        let snapshot = fixtureSnapshot()
        #expect(snapshot.officers.count == 12)
        let saldaña = try #require(snapshot.officers.first { $0.badge == "A-1003" })
        #expect(saldaña.standing == .lapsed)
        #expect(saldaña.expiredCount == 1)
        #expect(saldaña.overdueCount == 0)
        // Duty to intervene (calendar year, passed 2026) counts through 2027, so reporting expires first.
        #expect(saldaña.nextExpiry == CalendarDate(iso: "2027-02-20"))
        let yamada = try #require(snapshot.officers.first { $0.badge == "A-1002" })
        #expect(yamada.standing == .expiring)
        #expect(yamada.displayName == "山田, 太郎")
        #expect(snapshot.officers.first { $0.badge == "A-1009" }?.standing == .noRequirement)
        #expect(snapshot.officers.first { $0.badge == "A-1010" }?.standing == .notServing)
        #expect(snapshot.officers.first { $0.badge == "A-1007" }?.overdueCount == 1)
    }

    @Test("the tallies count every serving officer once, those with nothing required too, never separated ones")
    func tallies() {
        let snapshot = fixtureSnapshot()
        #expect(snapshot.standings[.certified] == 4)
        #expect(snapshot.standings[.expiring] == 2)
        #expect(snapshot.standings[.lapsed] == 2)  // O'Brien (separated) is not counted
        #expect(snapshot.standings[.inProgress] == 1)
        #expect(snapshot.standings[.notStarted] == 1)
        #expect(snapshot.standings[.noRequirement] == 1)  // Nguyen, on leave in K-9
        #expect(snapshot.standings[.notServing] == 1)
        #expect(snapshot.servingOfficers == 11)
        #expect(snapshot.units.map(\.unit) == ["Investigations", "K-9", "Patrol", "Traffic"])
        #expect(snapshot.units.first { $0.unit == "Patrol" }?.officerCount == 4)
        #expect(snapshot.units.first { $0.unit == "K-9" }?.standings.withRequirements == 0)
        #expect(snapshot.units.first { $0.unit == "K-9" }?.standings.counted == 1)
        let medical = snapshot.modules.first { $0.moduleID == "uof-medical-aid" }?.statuses
        #expect(medical?[.expired] == 1)
        #expect(medical?[.waived] == 1)
        #expect(medical?[.assigned] == 2)
    }

    @Test("expiring horizons are cumulative and the overdue list is oldest first")
    func horizonsAndOverdue() {
        let snapshot = fixtureSnapshot()
        #expect(snapshot.expiring == [.init(days: 30, officerCount: 2), .init(days: 60, officerCount: 2), .init(days: 90, officerCount: 3)])
        #expect(snapshot.overdue.map(\.badge) == ["A-1003", "A-1007"])
        #expect(snapshot.overdue.map(\.status) == [.expired, .overdue])
        #expect(snapshot.overdue.first?.since == CalendarDate(iso: "2026-09-01"))
    }

    @Test("completions per month cover the twelve months ending this month, voided and failed ones excluded")
    func months() {
        let snapshot = fixtureSnapshot()
        #expect(snapshot.completionsPerMonth.count == 12)
        #expect(snapshot.completionsPerMonth.first.map { ($0.year, $0.month) } ?? (0, 0) == (2025, 12))
        #expect(snapshot.completionsPerMonth.last?.label == "2026-11")
        // May 2026: 4 passing CEW completions; Saldaña's failed attempt is not counted.
        #expect(snapshot.completionsPerMonth.first { $0.month == 5 }?.count == 4)
        // February: the voided reporting entry does not count.
        #expect(snapshot.completionsPerMonth.first { $0.month == 2 && $0.year == 2026 }?.count == 5)
    }

    @Test("dueByModule lists who must still take each module")
    func dueByModule() {
        let snapshot = fixtureSnapshot()
        let badges = (snapshot.dueByModule["uof-medical-aid"] ?? []).map { snapshot.officers[Int($0)].badge }.sorted()
        #expect(badges == ["A-1003", "A-1004", "A-1005"])
    }

    /// 10,000 officers by default (about a second); `MUSTER_SCALE_TESTS=1` runs the full 100,000, which
    /// takes several CPU seconds in a debug build and would starve timing-sensitive tests running alongside.
    static let scale = ProcessInfo.processInfo.environment["MUSTER_SCALE_TESTS"] == "1" ? 100_000 : 10_000

    @Test("a large agency folds into compact rows")
    func largeAgency() {
        var builder = AgencySnapshotBuilder(curriculum: FixtureAgency.curriculum, asOf: FixtureAgency.asOf)
        let template = FixtureAgency.records[1]  // 山田: five requirements
        for number in 0..<Self.scale {
            var records = template
            records.officer.badge = "B-\(number)"
            records.completions = template.completions.map { var completion = $0; completion.badge = "B-\(number)"; return completion }
            builder.add(records)
        }
        let snapshot = builder.build()
        #expect(snapshot.officers.count == Self.scale)
        #expect(snapshot.standings[.expiring] == Self.scale)
        // One row is a few strings and numbers: 100,000 rows stay in the tens of megabytes.
        #expect(MemoryLayout<AgencySnapshot.OfficerRow>.stride * 100_000 < 20_000_000)
    }
}
