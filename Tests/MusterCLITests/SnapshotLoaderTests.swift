import Foundation
import MusterCore
@testable import MusterCLI
import MusterReports
import MusterStore
import MusterTestSupport
import Testing

@Suite("The TUI's agency snapshot, loaded from the store")
struct SnapshotLoaderTests {
    /// A 40-officer demo agency, built up to today, in `folder`.
    func demoAgency(in folder: TemporaryDirectory, seed: UInt64) throws -> Session {
        let session = try Session.open(.file(folder.file("demo.sqlite")), for: .write(.manageUsers), create: true)
        _ = try DemoBuilder(session: session, curriculum: try CurriculumLoader.load(from: nil), officerCount: 40, seed: seed,
                            asOf: .today()).build()
        return session
    }

    @Test("the workspace's snapshot (spans judged in parallel from completion_latest) equals judging each officer's whole history in turn")
    func sameAsOneByOne() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let session = try demoAgency(in: folder, seed: 3)
        let asOf = CalendarDate.today()
        // A partner officer's completion this month: in no figure of the home agency, the month chart included.
        try session.apply([.recordCompletion(CompletionRequest(badge: "LECC-101", moduleID: "uof-reporting", completedOn: asOf,
                                                               result: .pass, score: 90))])
        let curriculum = try session.curriculum()
        var builder = AgencySnapshotBuilder(curriculum: curriculum, asOf: asOf)
        try session.reads(.allRecords).forEachOfficerRecords(.all) { builder.add($0) }
        // The programs panel's standings are those `muster status --programs` lists (the home agency's).
        try ProgramStatusReport(curriculum: curriculum, filter: OfficerFilter(agency: Agency.homeID), asOf: asOf)
            .forEach(from: try session.reads(.allRecords)) { records, standing in
                builder.add(programStandings: [standing], name: records.officer.displayName)
            }
        var expected = builder.build()
        // The dashboard's notice counts, folded from the same status lines, equal a whole `muster notices` plan.
        let plan = try NoticePlan.build(from: try session.reads(.allRecords), curriculum: curriculum, asOf: asOf, windows: .standard)
        expected.pendingNotices = PendingNotices(officerNotices: plan.officerNotices.count, digests: plan.digests.count,
                                                 withoutEmail: plan.withoutEmail.count)
        // The 40 home officers and the demo's partner agency's, listed but counted in no figure.
        #expect(expected.officers.count == 40 + 4)
        #expect(expected.partnerOfficerCount == 4)
        #expect(expected.standings.total > 0 && !expected.overdue.isEmpty)
        let client = LiveMusterClient.make(session: session, curriculum: curriculum, asOf: asOf, previewBadge: nil)
        #expect(try await client.loadAgency() == expected)
        let homeThisMonth = try session.reads(.allRecords).forEachRosterRowCount(agency: Agency.homeID, on: asOf)
        #expect(expected.completionsPerMonth.last?.count == homeThisMonth)
        let month = String(asOf.iso.prefix(7))
        #expect(try session.reads(.allRecords).countedCompletionsPerMonth(from: asOf, through: asOf, agency: "lecc-east") == [month: 1])
        // The headline counted before the standings arrive: the home agency's officers not separated.
        #expect(try await client.countOfficers?() == expected.officers.count { $0.agency == nil && $0.officerStatus != .separated })
    }

    @Test("the dashboard's programs panel counts, per program, the words and hours short `muster status --programs` gives")
    func programsAsStatus() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let session = try demoAgency(in: folder, seed: 7)
        let asOf = CalendarDate.today()
        let curriculum = try session.curriculum()
        var expected: [String: [String: Double]] = [:]
        var atRisk: [String] = []
        try ProgramStatusReport(curriculum: curriculum, filter: OfficerFilter(agency: Agency.homeID), asOf: asOf)
            .forEach(from: try session.reads(.allRecords)) { _, standing in
                expected[standing.programID, default: [:]][standing.status.rawValue, default: 0] += 1
                expected[standing.programID, default: [:]]["in scope", default: 0] += 1
                expected[standing.programID, default: [:]]["short", default: 0] += max(0, standing.hoursRequired - standing.hoursEarned)
                if standing.status == .atRisk { atRisk.append("\(standing.badge) \(standing.programID) \(standing.cycle.end)") }
            }
        try #require(!expected.isEmpty)
        let client = LiveMusterClient.make(session: session, curriculum: curriculum, asOf: asOf, previewBadge: nil)
        let snapshot = try await client.loadAgency()
        var loaded: [String: [String: Double]] = [:]
        for row in snapshot.programs {
            var counts: [String: Double] = ["in scope": Double(row.officersInScope), "short": row.hoursShort]
            for status in ProgramStatus.allCases where row[status] > 0 { counts[status.rawValue] = Double(row[status]) }
            loaded[row.programID] = counts
        }
        #expect(loaded == expected)
        #expect(snapshot.atRisk.map { "\($0.badge) \($0.programID) \($0.cycleEnd)" }.sorted() == atRisk.sorted())
        #expect(snapshot.atRisk.map(\.cycleEnd) == snapshot.atRisk.map(\.cycleEnd).sorted())
    }
}

extension SQLiteRecordStore {
    /// Passed completions of `agency`'s officers in `day`'s month through `day`, counted from the roster export's
    /// rows: a count the month chart's own query does not share.
    func forEachRosterRowCount(agency: String, on day: CalendarDate) throws -> Int {
        var count = 0
        let first = CalendarDate(year: day.year, month: day.month, day: 1) ?? day
        try forEachRosterRow(RosterExportFilter(from: first, to: day, agency: agency)) { row in
            if row.result == .pass { count += 1 }
        }
        return count
    }
}
