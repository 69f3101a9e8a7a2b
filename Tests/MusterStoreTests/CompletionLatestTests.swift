import Foundation
import GRDB
import MusterCore
@testable import MusterStore
import MusterTestSupport
import Testing

@Suite("completion_latest: the newest counted completion per officer, module and version")
struct CompletionLatestTests {
    /// (badge, module, version, completion id, completed on) for every stored row, in key order.
    func latest(_ store: SQLiteRecordStore) throws -> [String] {
        try store.read { db in
            try Row.fetchAll(db, sql: """
                SELECT badge, module_id, module_version, completion_id, completed_on FROM completion_latest
                ORDER BY badge, module_id, module_version
                """).map { row in
                "\(row[0] as String) \(row[1] as String) \(row[2] as String) #\(row[3] as Int64) \(row[4] as String)"
            }
        }
    }

    @Test("inserts keep the newest pass; failures, older passes and voids never hide it")
    func maintainedByTriggers() throws {
        let fixture = try StoreFixture()
        _ = try fixture.record("A1", SampleCurriculum.deEscalation, on: "2024-01-10", score: 90)
        let newer = try fixture.record("A1", SampleCurriculum.deEscalation, on: "2025-01-10", score: 85)
        _ = try fixture.record("A1", SampleCurriculum.deEscalation, on: "2025-03-01", result: .fail, score: 40)
        let middle = try fixture.record("A1", SampleCurriculum.deEscalation, on: "2024-06-01", score: 95)
        let sameDay = try fixture.record("A2", SampleCurriculum.firstAid, on: "2025-02-02")
        let sameDayLater = try fixture.record("A2", SampleCurriculum.firstAid, on: "2025-02-02", hours: 2)
        #expect(try latest(fixture.store) == [
            "A1 de-escalation 2023.1 #\(newer) 2025-01-10",
            "A2 first-aid 2023.1 #\(sameDayLater) 2025-02-02",
        ])

        try fixture.apply(.voidCompletion(id: newer, reason: "wrong badge"))
        try fixture.apply(.voidCompletion(id: sameDay, reason: "duplicate"))
        #expect(try latest(fixture.store) == [
            "A1 de-escalation 2023.1 #\(middle) 2024-06-01",
            "A2 first-aid 2023.1 #\(sameDayLater) 2025-02-02",
        ])
        try fixture.apply(.voidCompletion(id: sameDayLater, reason: "duplicate"))
        #expect(try latest(fixture.store) == ["A1 de-escalation 2023.1 #\(middle) 2024-06-01"])
        #expect(try fixture.store.completionLatestMismatches().isEmpty)
    }

    @Test("each module version keeps its own newest completion")
    func perVersion() throws {
        let fixture = try StoreFixture()
        let first = try fixture.record("B1", SampleCurriculum.deEscalation, on: "2024-03-03", score: 90)
        try fixture.loadApproved(SampleCurriculum.revised)
        let second = try fixture.record("B1", SampleCurriculum.deEscalation, on: "2024-02-02", score: 90)
        #expect(try latest(fixture.store) == [
            "B1 de-escalation 2023.1 #\(first) 2024-03-03",
            "B1 de-escalation 2024.1 #\(second) 2024-02-02",
        ])
    }

    @Test("audit verification names a row edited behind Muster's back", arguments: [
        "UPDATE completion_latest SET completed_on = '2020-01-01'",
        "DELETE FROM completion_latest",
        "INSERT INTO completion_latest (badge, module_id, module_version, completion_id, completed_on, earliest_id, earliest_on) VALUES ('C1', 'first-aid', '2023.1', 999, '2025-01-01', 999, '2025-01-01')",
        "UPDATE completion_latest SET earliest_on = '2020-01-01'",
    ])
    func verification(edit: String) throws {
        let fixture = try StoreFixture()
        _ = try fixture.record("A1", SampleCurriculum.firstAid, on: "2025-01-10")
        #expect(try fixture.store.completionLatestMismatches().isEmpty)
        try fixture.store.executeBehindMustersBack(edit)
        let problems = try fixture.store.completionLatestMismatches()
        #expect(problems.count == 1)
        #expect(problems.first?.contains("the database was edited outside Muster") == true)
    }

    static let basisDates = ["2023-06-01", "2024-02-01", "2024-12-31", "2025-03-15", "2025-06-15"]

    @Test("statuses judged from the standing basis equal those judged from the whole history", arguments: basisDates)
    func standingBasisMatchesWholeHistory(asOf: String) throws {
        let statuses = try Self.compareStandingBasis(asOf: asOf)
        #expect(!statuses.isEmpty)
    }

    @Test("the standing-basis history exercises several statuses across its dates")
    func standingBasisDataVaries() throws {
        let statuses = try Self.basisDates.reduce(into: Set<ModuleStatus>()) { $0.formUnion(try Self.compareStandingBasis(asOf: $1)) }
        #expect(statuses.count >= 3, "\(statuses)")
    }

    /// Builds a varied history, compares the two scopes' standings as of `asOf`, and returns the statuses seen.
    static func compareStandingBasis(asOf: String) throws -> Set<ModuleStatus> {
        let fixture = try StoreFixture()
        var commands: [RecordCommand] = [
            .assign(AssignmentRequest(target: .certification(SampleCurriculum.patrolCertification), assignee: .unit("North"),
                                      from: day("2023-01-01"))),
            .assign(AssignmentRequest(target: .module(SampleCurriculum.legalUpdate), assignee: .officer(badge: "B1"),
                                      dueOn: day("2024-05-01"), from: day("2023-01-01"))),
            .assign(AssignmentRequest(target: .certification(SampleCurriculum.patrolCertification), assignee: .officer(badge: "C1"),
                                      dueOn: day("2024-01-31"), from: day("2023-01-01"))),
            .waive(WaiverRequest(badge: "A2", moduleID: SampleCurriculum.firstAid, reason: "leave", from: day("2024-11-01"),
                                 until: day("2025-02-01"))),
        ]
        var dayOffset = 0
        for badge in ["A1", "A2", "B1", "C1"] {
            for (index, module) in [SampleCurriculum.deEscalation, SampleCurriculum.firstAid, SampleCurriculum.legalUpdate].enumerated() {
                for step in 0..<(2 + (index + badge.count) % 3) {
                    dayOffset += 37
                    let on = day("2023-01-05").adding(days: (dayOffset * 7 + step * 113) % 880)
                    let failed = (dayOffset + step) % 5 == 0
                    commands.append(.recordCompletion(CompletionRequest(
                        badge: badge, moduleID: module, completedOn: on, result: failed ? .fail : .pass,
                        score: module == SampleCurriculum.deEscalation ? (failed ? 50 : 90) : nil)))
                }
            }
        }
        _ = try fixture.store.apply(commands, actor: "setup")
        try fixture.loadApproved(SampleCurriculum.revised)
        _ = try fixture.record("A1", SampleCurriculum.deEscalation, on: "2024-08-08", score: 75)
        let voided = try fixture.store.completions(badge: "C1").map(\.completion).filter { $0.result == .pass }.map(\.id)
        for id in voided.prefix(2) { try fixture.apply(.voidCompletion(id: id, reason: "entered twice")) }

        let engine = StatusEngine(curriculum: try fixture.store.curriculum())
        let date = day(asOf)
        func standings(_ scope: CompletionScope) throws -> [OfficerStanding] {
            var records: [OfficerRecords] = []
            try fixture.store.forEachOfficerRecords(.all, completions: scope) { records.append($0) }
            return records.map { engine.evaluate($0, asOf: date) }
        }
        let whole = try standings(.all)
        let basis = try standings(.standingBasis(asOf: date, engine: engine))
        // Read for status lines only, the cut comes as compact rows where it can, and judges the same.
        var compact: [OfficerRecords] = []
        try fixture.store.forEachOfficerRecords(.all, completions: .statusLines(asOf: date, engine: engine)) { compact.append($0) }
        var memo = RequirementsMemo()
        #expect(compact.map { engine.moduleStatusLines(for: $0, asOf: date, memo: &memo) } == whole.map { $0.modules.map(\.line) })
        // Early dates come before many passes, whose modules are read whole; later ones are read compact.
        if asOf >= "2025" { #expect(compact.contains { $0.compactCompletions != nil && $0.completions.isEmpty }) }
        #expect(whole.count == 4)
        #expect(basis.map(\.badge) == whole.map(\.badge))
        for (mine, theirs) in zip(basis, whole) {
            #expect(mine.modules.map(\.status) == theirs.modules.map(\.status), "\(mine.badge)")
            #expect(mine.modules.map(\.completedOn) == theirs.modules.map(\.completedOn), "\(mine.badge)")
            #expect(mine.modules.map(\.expiresOn) == theirs.modules.map(\.expiresOn), "\(mine.badge)")
            #expect(mine.modules.map(\.dueOn) == theirs.modules.map(\.dueOn), "\(mine.badge)")
            #expect(mine.certifications.map(\.status) == theirs.certifications.map(\.status), "\(mine.badge)")
            #expect(mine.certifications.map(\.certifiedUntil) == theirs.certifications.map(\.certifiedUntil), "\(mine.badge)")
        }
        return Set(whole.flatMap { $0.modules.map(\.status) })
    }
}

@Suite("Counted completions per month")
struct MonthlyCountTests {
    @Test("only passed, not-voided completions inside the range count, by month")
    func counts() throws {
        let fixture = try StoreFixture()
        _ = try fixture.record("A1", SampleCurriculum.firstAid, on: "2024-12-31")
        _ = try fixture.record("A1", SampleCurriculum.firstAid, on: "2025-01-01")
        _ = try fixture.record("A2", SampleCurriculum.firstAid, on: "2025-01-31")
        _ = try fixture.record("A2", SampleCurriculum.deEscalation, on: "2025-01-15", result: .fail, score: 10)
        let voided = try fixture.record("B1", SampleCurriculum.firstAid, on: "2025-01-20")
        try fixture.apply(.voidCompletion(id: voided, reason: "typo"))
        _ = try fixture.record("B1", SampleCurriculum.legalUpdate, on: "2025-03-03")
        _ = try fixture.record("C1", SampleCurriculum.legalUpdate, on: "2025-04-01")
        let counts = try fixture.store.countedCompletionsPerMonth(from: day("2025-01-01"), through: day("2025-03-31"))
        #expect(counts == ["2025-01": 2, "2025-03": 1])
    }
}

@Suite("Streaming the agency in spans of badges")
struct BadgeSpanTests {
    @Test("spans cut at the boundaries cover every officer once, in order, with the same records",
          arguments: [1, 2, 3, 50])
    func spansCoverTheStream(size: Int) throws {
        let officers = (0..<7).map { Officer(badge: "S\($0 * 3)", lastName: "Last\($0)", firstName: "F", unit: $0 % 2 == 0 ? "North" : "South") }
            + [Officer(badge: "Ä9", lastName: "Umlaut", firstName: "U", unit: "North", status: .separated)]
        let fixture = try StoreFixture(officers: officers)
        var commands: [RecordCommand] = [
            .assign(AssignmentRequest(target: .module(SampleCurriculum.firstAid), assignee: .unit("North"))),
            .assign(AssignmentRequest(target: .module(SampleCurriculum.legalUpdate), assignee: .officer(badge: "S9"))),
        ]
        for (index, officer) in officers.enumerated() {
            commands.append(.recordCompletion(CompletionRequest(
                badge: officer.badge, moduleID: SampleCurriculum.firstAid, completedOn: day("2025-01-01").adding(days: index))))
        }
        commands.append(.waive(WaiverRequest(badge: "S6", moduleID: SampleCurriculum.firstAid, reason: "leave")))
        _ = try fixture.store.apply(commands, actor: "setup")

        for filter in [OfficerFilter.all, .notSeparated, OfficerFilter(unit: "North", statuses: [.active])] {
            var whole: [OfficerRecords] = []
            try fixture.store.forEachOfficerRecords(filter, completions: .all) { whole.append($0) }
            let boundaries = try fixture.store.badgeBoundaries(filter, every: size)
            #expect(boundaries.count == max(0, (whole.count - 1) / size))
            var pieced: [OfficerRecords] = []
            for span in BadgeSpan.between(boundaries) {
                try fixture.store.forEachOfficerRecords(filter, completions: .all, within: span) { pieced.append($0) }
            }
            #expect(pieced == whole)
        }
    }
}

@Suite("The workspace's agency snapshot from the standing basis")
struct SnapshotFromBasisTests {
    @Test("the snapshot from completion_latest and SQL month counts equals the one from every completion")
    func sameSnapshot() throws {
        let fixture = try StoreFixture()
        var commands: [RecordCommand] = [
            .assign(AssignmentRequest(target: .certification(SampleCurriculum.patrolCertification), assignee: .unit("North"),
                                      dueOn: day("2025-01-31"))),
            .assign(AssignmentRequest(target: .module(SampleCurriculum.firstAid), assignee: .officer(badge: "C1"))),
        ]
        for (index, badge) in ["A1", "A2", "B1", "C1"].enumerated() {
            for step in 0..<4 {
                let on = day("2024-04-10").adding(days: index * 41 + step * 97)
                commands.append(.recordCompletion(CompletionRequest(badge: badge, moduleID: SampleCurriculum.firstAid, completedOn: on)))
                commands.append(.recordCompletion(CompletionRequest(
                    badge: badge, moduleID: SampleCurriculum.deEscalation, completedOn: on, result: step == 2 ? .fail : .pass,
                    score: step == 2 ? 20 : 90)))
            }
        }
        _ = try fixture.store.apply(commands, actor: "setup")
        let voided = try #require(try fixture.store.completions(badge: "A1").map(\.completion).first)
        try fixture.apply(.voidCompletion(id: voided.id, reason: "typo"))

        let curriculum = try fixture.store.curriculum()
        let engine = StatusEngine(curriculum: curriculum)
        var whole = AgencySnapshotBuilder(curriculum: curriculum, asOf: today)
        try fixture.store.forEachOfficerRecords(.all, completions: .all) { records in
            whole.add(records, moduleStandings: engine.moduleStandings(for: records, asOf: today))
        }
        var basis = AgencySnapshotBuilder(curriculum: curriculum, asOf: today)
        try fixture.store.forEachOfficerRecords(.all, completions: .standingBasis(asOf: today, engine: StatusEngine(curriculum: try fixture.store.curriculum()))) { records in
            basis.add(records, moduleStandings: engine.moduleStandings(for: records, asOf: today), countCompletions: false)
        }
        basis.setCompletionsPerMonth(try fixture.store.countedCompletionsPerMonth(from: basis.firstCountedDay, through: today))
        let expected = whole.build()
        let actual = basis.build()
        #expect(actual.completionsPerMonth == expected.completionsPerMonth)
        #expect(expected.completionsPerMonth.map(\.count).reduce(0, +) > 0)
        #expect(actual.officers == expected.officers)
        #expect(actual.units == expected.units)
        #expect(actual.modules == expected.modules)
        #expect(actual.overdue == expected.overdue)
    }
}

@Suite("The standing basis settles a renewed prerequisite with its earliest pass")
struct EarliestPrerequisiteTests {
    static func module(_ id: String, prerequisites: [String] = []) -> Module {
        Module(id: id, title: id, area: .deadlyForce, version: ModuleVersion("2023.1")!, effective: day("2023-01-01"),
               summary: id, hours: 2, delivery: [.classroom], objectives: [], assessment: Assessment(kind: .attendance),
               validity: .rolling(months: 12), prerequisites: prerequisites)
    }

    @Test("an officer whose prerequisite was renewed after the pass needing it is read with its earliest pass, not whole")
    func earliestPassRead() throws {
        let curriculum = Curriculum(modules: [Self.module("p"), Self.module("q", prerequisites: ["p"])])
        let fixture = try StoreFixture(curriculum: curriculum)
        defer { fixture.directory.remove() }
        _ = try fixture.store.apply([
            .assign(AssignmentRequest(target: .module("q"), assignee: .officer(badge: "A1"), from: day("2024-01-01"))),
            .recordCompletion(CompletionRequest(badge: "A1", moduleID: "p", completedOn: day("2024-01-10"))),
            .recordCompletion(CompletionRequest(badge: "A1", moduleID: "q", completedOn: day("2024-06-01"))),
            .recordCompletion(CompletionRequest(badge: "A1", moduleID: "p", completedOn: day("2024-11-05"))),
            .recordCompletion(CompletionRequest(badge: "A1", moduleID: "p", completedOn: day("2025-01-05"))),
        ], actor: "setup")
        let engine = StatusEngine(curriculum: try fixture.store.curriculum())
        let asOf = day("2025-03-01")
        var read: [OfficerRecords] = []
        try fixture.store.forEachOfficerRecords(OfficerFilter(badge: "A1"), completions: .standingBasis(asOf: asOf, engine: engine)) {
            read.append($0)
        }
        let dates = read.first?.completions.map(\.completedOn.iso).sorted()
        #expect(dates == ["2024-01-10", "2024-06-01", "2025-01-05"], "the newest of each, and p's earliest pass; not the whole history")
        let whole = try fixture.store.completions(badge: "A1").map(\.completion)
        let records = try #require(read.first)
        var wholeRecords = records
        wholeRecords.completions = whole
        #expect(engine.moduleStandings(for: records, asOf: asOf).map(\.line) == engine.moduleStandings(for: wholeRecords, asOf: asOf).map(\.line))
        #expect(engine.moduleStandings(for: records, asOf: asOf).first?.status == .current)

        // Read for status lines only: the same rows, compact, the earliest pass of p among them.
        var compact: [OfficerRecords] = []
        try fixture.store.forEachOfficerRecords(OfficerFilter(badge: "A1"), completions: .statusLines(asOf: asOf, engine: engine)) {
            compact.append($0)
        }
        let rows = try #require(compact.first?.compactCompletions)
        #expect(rows.rows.map(\.completedOn.iso).sorted() == dates)
        var memo = RequirementsMemo()
        #expect(engine.moduleStatusLines(for: compact[0], asOf: asOf, memo: &memo) == engine.moduleStandings(for: records, asOf: asOf).map(\.line))
    }

    @Test("rows of a module the engine does not hold reach it as whole completions, judged as the standing basis judges them")
    func unknownModuleReadWhole() throws {
        let fixture = try StoreFixture(curriculum: Curriculum(modules: [Self.module("p"), Self.module("q", prerequisites: ["p"])]))
        defer { fixture.directory.remove() }
        _ = try fixture.store.apply([
            .assign(AssignmentRequest(target: .module("q"), assignee: .officer(badge: "A1"), from: day("2024-01-01"))),
            .recordCompletion(CompletionRequest(badge: "A1", moduleID: "p", completedOn: day("2024-01-10"))),
            .recordCompletion(CompletionRequest(badge: "A1", moduleID: "q", completedOn: day("2024-06-01"))),
        ], actor: "setup")
        // An engine of another curriculum, without p: its rows cannot be ranked.
        let engine = StatusEngine(curriculum: Curriculum(modules: [Self.module("q", prerequisites: ["p"])]))
        let asOf = day("2025-03-01")
        func read(_ scope: CompletionScope) throws -> [OfficerRecords] {
            var read: [OfficerRecords] = []
            try fixture.store.forEachOfficerRecords(OfficerFilter(badge: "A1"), completions: scope) { read.append($0) }
            return read
        }
        let compact = try #require(try read(.statusLines(asOf: asOf, engine: engine)).first)
        let basis = try #require(try read(.standingBasis(asOf: asOf, engine: engine)).first)
        #expect(compact.compactCompletions == nil)
        #expect(compact.completions.map(\.moduleID).sorted() == ["p", "q"])
        var memo = RequirementsMemo()
        let lines = engine.moduleStatusLines(for: compact, asOf: asOf, memo: &memo)
        #expect(lines == engine.moduleStandings(for: basis, asOf: asOf).map(\.line))
        #expect(lines.first?.status == .current)
    }
}
