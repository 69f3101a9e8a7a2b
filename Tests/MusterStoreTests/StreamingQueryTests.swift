import MusterCore
@testable import MusterStore
import MusterTestSupport
import Testing

@Suite("Officer queries and streamed officer records")
struct StreamingQueryTests {
    /// A store where badges, units and records interleave, including badges whose byte order and
    /// Swift's string order could disagree.
    func populated() throws -> StoreFixture {
        let officers = StoreFixture.officers + [
            Officer(badge: "a0", lastName: "Lower", firstName: "Case", unit: "South"),
            Officer(badge: "Ä1", lastName: "Umlaut", firstName: "Badge", unit: "North", status: .leave),
            Officer(badge: "B10", lastName: "Chen", firstName: "Bo", unit: "South", status: .separated),
        ]
        let fixture = try StoreFixture(officers: officers)
        var commands: [RecordCommand] = []
        for (index, officer) in officers.enumerated() where index % 2 == 0 {
            commands.append(.recordCompletion(CompletionRequest(
                badge: officer.badge, moduleID: SampleCurriculum.firstAid, completedOn: day("2025-01-01").adding(days: index))))
            commands.append(.recordCompletion(CompletionRequest(
                badge: officer.badge, moduleID: SampleCurriculum.deEscalation, completedOn: day("2024-01-01"), score: 95)))
        }
        commands.append(.recordCompletion(CompletionRequest(badge: "Ä1", moduleID: SampleCurriculum.legalUpdate, completedOn: day("2023-05-05"))))
        commands.append(.assign(AssignmentRequest(target: .module(SampleCurriculum.firstAid), assignee: .unit("South"))))
        commands.append(.assign(AssignmentRequest(target: .module(SampleCurriculum.legalUpdate), assignee: .officer(badge: "Ä1"))))
        commands.append(.assign(AssignmentRequest(target: .certification(SampleCurriculum.patrolCertification), assignee: .officer(badge: "A1"))))
        commands.append(.waive(WaiverRequest(badge: "a0", moduleID: SampleCurriculum.firstAid, reason: "new hire")))
        _ = try fixture.store.apply(commands, actor: "setup")
        return fixture
    }

    @Test("streamed records match the per-officer queries for every officer, in badge byte order")
    func groupingMatchesPerOfficerQueries() throws {
        let fixture = try populated()
        var sets: [OfficerRecords] = []
        // The body runs inside the store's read: collect first, query afterwards.
        try fixture.store.forEachOfficerRecords(.all) { sets.append($0) }
        let seen = sets.map(\.officer.badge)
        for set in sets {
            let expectedCompletions = try fixture.store.completions(badge: set.officer.badge).map(\.completion)
            #expect(set.completions.sorted { $0.id < $1.id } == expectedCompletions.sorted { $0.id < $1.id })
            #expect(set.assignments.map(\.id).sorted() == (try fixture.store.assignments(badge: set.officer.badge)).map(\.id).sorted())
            #expect(set.waivers == (try fixture.store.waivers(badge: set.officer.badge)))
            #expect(set.officer == (try fixture.store.officer(badge: set.officer.badge)))
        }
        #expect(seen == ["A1", "A2", "B1", "B10", "C1", "a0", "Ä1"])
        #expect(seen.count == (try fixture.store.officerCount(.all)))
    }

    @Test("streamed records honour the filter and still carry unit assignments")
    func filtered() throws {
        let fixture = try populated()
        var sets: [OfficerRecords] = []
        try fixture.store.forEachOfficerRecords(OfficerFilter(unit: "South", statuses: [.active])) { sets.append($0) }
        #expect(sets.map(\.officer.badge) == ["B1", "a0"])
        #expect(sets.allSatisfy { $0.assignments.map(\.target) == [.module(SampleCurriculum.firstAid)] })
        #expect(sets.first { $0.officer.badge == "a0" }?.waivers.count == 1)
        #expect(sets.first { $0.officer.badge == "B1" }?.completions.map(\.moduleID) == ["de-escalation", "first-aid"])
    }

    @Test("a filter on status alone reads the records without joining them to officers, and gives each kept officer exactly their own",
          arguments: [Set<Officer.Status>([.active, .leave]), [.active], [.separated], [.leave]],
          [CompletionScope.all, .standingBasis(asOf: day("2025-06-15"), engine: StatusEngine(curriculum: SampleCurriculum.initial))])
    func statusOnlyFilter(statuses: Set<Officer.Status>, scope: CompletionScope) throws {
        let fixture = try populated()
        var everyone: [OfficerRecords] = []
        try fixture.store.forEachOfficerRecords(.all, completions: scope) { everyone.append($0) }
        var kept: [OfficerRecords] = []
        try fixture.store.forEachOfficerRecords(OfficerFilter(statuses: statuses), completions: scope) { kept.append($0) }
        #expect(kept == everyone.filter { statuses.contains($0.officer.status) })
        #expect(!kept.isEmpty)
        #expect(kept.allSatisfy { records in records.completions.allSatisfy { $0.badge == records.officer.badge } })
    }

    @Test("the officers list searches, sorts, pages and counts", arguments: [
        (OfficerQuery(filter: OfficerFilter(search: "chen")), ["B1", "B10"]),
        (OfficerQuery(filter: OfficerFilter(search: "chen, li")), ["B1"]),
        (OfficerQuery(filter: OfficerFilter(search: "a")), ["A1", "A2", "C1", "a0", "Ä1"]),
        // Punctuation, LIKE's wildcards among it, is ignored rather than matched or run.
        (OfficerQuery(filter: OfficerFilter(search: "_%a")), ["A1", "A2", "C1", "a0", "Ä1"]),
        (OfficerQuery(filter: OfficerFilter(search: "chenli")), ["B1"]),
        (OfficerQuery(filter: OfficerFilter(unit: "North"), sort: .name), ["A2", "Ä1", "A1"]),
        (OfficerQuery(sort: .badge, descending: true, offset: 1, limit: 2), ["a0", "C1"]),
        (OfficerQuery(filter: .notSeparated, sort: .unit, limit: 3), ["C1", "A2", "Ä1"]),
    ])
    func officerList(query: OfficerQuery, badges: [String]) throws {
        let fixture = try populated()
        #expect(try fixture.store.officers(query).map(\.badge) == badges)
        if query.offset == 0, query.limit >= badges.count + 1 {
            #expect(try fixture.store.officerCount(query.filter) == badges.count)
        }
    }

    @Test("units are distinct and sorted")
    func units() throws {
        let fixture = try populated()
        #expect(try fixture.store.units() == ["North", "South"])
        #expect(try fixture.store.knownBadges(among: ["A1", "nope", "Ä1"]) == ["A1", "Ä1"])
    }
}
