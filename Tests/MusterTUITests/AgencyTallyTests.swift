import MusterCore
import MusterTestSupport
import Testing

/// One officer folded into a snapshot on its own: who they are on the as-of day and the module lines judged
/// for them, and the word every figure must then count them under.
struct TallyCase: Sendable, CustomTestStringConvertible {
    var name: String
    var officer: Officer
    var facts: [OfficerFact] = []
    var lines: [ModuleStatusLine]
    var word: OfficerCompliance
    /// The unit the unit bars count the officer in, if they are counted at all.
    var countedUnit: String?

    var testDescription: String { name }
}

@Suite("The dashboard, its lists and the Officers tab count one word per officer")
struct AgencyTallyTests {
    static let asOf = FixtureAgency.asOf  // 2026-11-23
    static func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }
    static func officer(_ unit: String? = "Patrol", hired: String? = nil, status: Officer.Status = .active) -> Officer {
        Officer(badge: "T-1", lastName: "Tally", firstName: "Tess", unit: unit, hireDate: hired.map(day), status: status)
    }
    static func line(_ status: ModuleStatus, _ module: String = "uof-deescalation", expires: String? = nil,
                     due: String? = nil) -> ModuleStatusLine {
        ModuleStatusLine(moduleID: module, status: status, expiresOn: expires.map(day), dueOn: due.map(day))
    }

    static let cases: [TallyCase] = [
        TallyCase(name: "every requirement current: certified", officer: officer(),
                  lines: [line(.current, expires: "2027-03-01")], word: .certified, countedUnit: "Patrol"),
        TallyCase(name: "the only requirement waived: waived only, not certified", officer: officer(),
                  lines: [line(.waived)], word: .waived, countedUnit: "Patrol"),
        TallyCase(name: "every requirement waived: waived only", officer: officer(),
                  lines: [line(.waived), line(.waived, "uof-medical-aid")], word: .waived, countedUnit: "Patrol"),
        TallyCase(name: "one waived, one current: certified", officer: officer(),
                  lines: [line(.waived), line(.current, "uof-medical-aid", expires: "2027-03-01")], word: .certified,
                  countedUnit: "Patrol"),
        TallyCase(name: "nothing required: counted as no requirement, not dropped", officer: officer("K-9"),
                  lines: [], word: .noRequirement, countedUnit: "K-9"),
        TallyCase(name: "separated before the day: listed, counted nowhere",
                  officer: officer(status: .separated),
                  facts: [OfficerFact(id: 1, badge: "T-1", on: day("2026-10-01"), kind: .separated)],
                  lines: [line(.expired, expires: "2026-09-01")], word: .notServing),
        TallyCase(name: "separated without a dated fact: not serving", officer: officer(status: .separated),
                  lines: [line(.current, expires: "2027-03-01")], word: .notServing),
        TallyCase(name: "separated after the day: still counted with their word",
                  officer: officer(status: .separated),
                  facts: [OfficerFact(id: 1, badge: "T-1", on: day("2026-12-01"), kind: .separated)],
                  lines: [line(.expired, expires: "2026-09-01")], word: .lapsed, countedUnit: "Patrol"),
        TallyCase(name: "hired after the day: not serving yet", officer: officer(hired: "2026-12-01"),
                  lines: [line(.assigned, due: "2027-03-01")], word: .notServing),
        TallyCase(name: "moved to Traffic after the day: counted in Patrol", officer: officer("Traffic"),
                  facts: [OfficerFact(id: 1, badge: "T-1", on: day("2026-12-01"), kind: .unitChange(from: "Patrol", to: "Traffic"))],
                  lines: [line(.current, expires: "2027-03-01")], word: .certified, countedUnit: "Patrol"),
        TallyCase(name: "a failed re-qualification: suspended", officer: officer(),
                  lines: [line(.current, expires: "2027-03-01"), line(.failed, "uof-less-lethal-cew")], word: .suspended,
                  countedUnit: "Patrol"),
        TallyCase(name: "failed outranks overdue", officer: officer(),
                  lines: [line(.overdue, due: "2026-06-30"), line(.failed, "uof-less-lethal-cew")], word: .suspended,
                  countedUnit: "Patrol"),
        TallyCase(name: "on leave with a lapse waiting: on-leave", officer: officer(status: .leave),
                  lines: [line(.onLeave, due: "2026-06-30"), line(.current, "uof-medical-aid", expires: "2027-03-01")],
                  word: .onLeave, countedUnit: "Patrol"),
        TallyCase(name: "expired outranks on-leave", officer: officer(),
                  lines: [line(.expired, expires: "2026-09-01"), line(.onLeave, "uof-medical-aid", due: "2026-06-30")],
                  word: .lapsed, countedUnit: "Patrol"),
        TallyCase(name: "some done, some assigned: in-progress", officer: officer(),
                  lines: [line(.current, expires: "2027-03-01"), line(.assigned, "uof-medical-aid")], word: .inProgress,
                  countedUnit: "Patrol"),
        TallyCase(name: "only a waiver and something assigned: in-progress", officer: officer(),
                  lines: [line(.waived), line(.assigned, "uof-medical-aid")], word: .inProgress, countedUnit: "Patrol"),
        TallyCase(name: "nothing done yet: not-started", officer: officer(),
                  lines: [line(.assigned, due: "2027-03-01")], word: .notStarted, countedUnit: "Patrol"),
        TallyCase(name: "all held, one expiring: expiring", officer: officer(),
                  lines: [line(.expiring, expires: "2026-12-10"), line(.waived, "uof-medical-aid")], word: .expiring,
                  countedUnit: "Patrol"),
    ]

    private static func snapshot(_ tallyCase: TallyCase) -> AgencySnapshot {
        var builder = AgencySnapshotBuilder(curriculum: FixtureAgency.curriculum, asOf: asOf)
        builder.add(OfficerTimeline(officer: tallyCase.officer, facts: tallyCase.facts), statusLines: tallyCase.lines)
        return builder.build()
    }

    @Test("the officer's word, and every figure counting it the same way", arguments: cases)
    func oneWord(_ tallyCase: TallyCase) throws {
        let snapshot = Self.snapshot(tallyCase)
        let row = try #require(snapshot.officers.first)
        #expect(row.standing == tallyCase.word)
        // The headline counts exactly the rows' words.
        #expect(snapshot.standings == OfficerComplianceTally(snapshot.officers.map(\.standing)))
        let counted = tallyCase.word != .notServing
        #expect(snapshot.servingOfficers == (counted ? 1 : 0))
        #expect(snapshot.standings[.certified] == (tallyCase.word == .certified ? 1 : 0))
        // The unit bars: the unit the officer served in that day, with the same word.
        #expect(snapshot.units.map(\.unit) == (tallyCase.countedUnit.map { [$0] } ?? []))
        if let unit = snapshot.units.first {
            #expect(unit.standings[tallyCase.word] == 1 && unit.officerCount == 1)
            #expect(unit.standings.withRequirements == (tallyCase.word == .noRequirement ? 0 : 1))
        }
        #expect(row.unit == (tallyCase.countedUnit ?? (counted ? nil : row.unit)))
        // The lists: only serving officers' lapses, failures and leave, each with its own word.
        let late = tallyCase.lines.filter { [.overdue, .expired, .failed, .onLeave].contains($0.status) }
        #expect(Set(snapshot.overdue.map(\.status)) == Set(counted ? late.map(\.status) : []))
        #expect(snapshot.overdue.count == (counted ? late.count : 0))
        #expect(snapshot.modules.isEmpty == (!counted || tallyCase.lines.isEmpty))
        if !counted { #expect(row.nextExpiry == nil && row.overdueCount == 0 && row.expiredCount == 0) }
    }

    @Test("the late list dates each word by what passed", arguments: [
        (ModuleStatusLine(moduleID: "m", status: .overdue, dueOn: day("2026-06-30")), day("2026-06-30") as CalendarDate?),
        (ModuleStatusLine(moduleID: "m", status: .expired, expiresOn: day("2026-09-01"), dueOn: day("2026-06-30")), day("2026-09-01")),
        (ModuleStatusLine(moduleID: "m", status: .onLeave, expiresOn: day("2026-09-01"), dueOn: day("2026-06-30")), day("2026-09-01")),
        (ModuleStatusLine(moduleID: "m", status: .onLeave, dueOn: day("2026-06-30")), day("2026-06-30")),
        (ModuleStatusLine(moduleID: "m", status: .failed, completedOn: day("2026-05-08"), expiresOn: day("2027-05-08")), nil),
    ])
    func lateSince(line: ModuleStatusLine, since: CalendarDate?) {
        var builder = AgencySnapshotBuilder(curriculum: FixtureAgency.curriculum, asOf: Self.asOf)
        builder.add(Self.officer(), statusLines: [line])
        #expect(builder.build().overdue.map(\.since) == [since])
    }

    @Test("module statuses make the officer's word, worst first", arguments: [
        ([], OfficerCompliance.noRequirement),
        ([.waived], .waived),
        ([.current], .certified),
        ([.current, .waived], .certified),
        ([.expiring, .current], .expiring),
        ([.current, .assigned], .inProgress),
        ([.assigned, .assigned], .notStarted),
        ([.onLeave, .assigned], .onLeave),
        ([.overdue, .onLeave], .lapsed),
        ([.expired, .current], .lapsed),
        ([.failed, .expired], .suspended),
        ([.failed], .suspended),
    ] as [([ModuleStatus], OfficerCompliance)])
    func wordFromStatuses(statuses: [ModuleStatus], word: OfficerCompliance) {
        #expect(OfficerCompliance(moduleStatuses: statuses) == word)
    }

    @Test("an officer whose only requirement is waived, judged by the engine, is not certified")
    func waivedByTheEngine() throws {
        let records = try #require(FixtureAgency.records.first { $0.officer.badge == "A-1008" })  // Kowalski: uof-bwc
        var waived = records
        waived.completions = []
        waived.waivers = [Waiver(id: 9, badge: "A-1008", moduleID: "uof-bwc", reason: "desk duty", from: Self.day("2026-01-01"), until: nil)]
        var builder = AgencySnapshotBuilder(curriculum: FixtureAgency.curriculum, asOf: Self.asOf)
        builder.add(waived)
        let snapshot = builder.build()
        #expect(snapshot.officers.first?.standing == .waived)
        #expect(snapshot.standings[.certified] == 0)
        #expect(snapshot.units.first?.standings.valid == 0)
    }
}
