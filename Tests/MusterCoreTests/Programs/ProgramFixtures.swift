import MusterCore

/// A small program world for the program-rule tables: modules in two areas, one program per table.
enum ProgramFixtures {
    typealias R = RuleFixtures

    static func module(_ id: String, area: TrainingArea, hours: Double = 4, minHours: Double? = nil,
                       prerequisites: [String] = []) -> Module {
        var module = R.module(id, hours: hours, minHours: minHours, prerequisites: prerequisites)
        module.area = area
        return module
    }

    static let modules = [
        module("deesc", area: .deEscalation),
        module("baton", area: .lessLethalForce, hours: 8),
        module("law", area: .legal, hours: 10),
        module("advanced", area: .legal, prerequisites: ["law"]),
    ]

    static func program(
        cycle: ProgramCycle = .anchored(months: 24, anchor: R.date("2025-09-01")), hours: Double = 40,
        minimums: [ProgramMinimum] = [], onceEvery: [OnceEvery] = [], newOfficers: NewOfficerRule = .prorate,
        waivers: ProgramWaiverRule = ProgramWaiverRule(), effective: String = "2021-01-01"
    ) -> Program {
        Program(id: "tx", title: "Texas", jurisdiction: "TX", version: R.version("1"), effective: R.date(effective),
                cycle: cycle, hours: hours, minimums: minimums, onceEvery: onceEvery, newOfficers: newOfficers,
                waivers: waivers)
    }

    static func standing(
        _ program: Program, completions: [Completion] = [], hired: String? = "2010-01-01", from: String = "2020-01-01",
        waivers: [(from: String, until: String)] = [], facts: [OfficerFact] = [], asOf: String
    ) -> ProgramStanding? {
        let engine = ProgramEngine(curriculum: Curriculum(modules: modules, programs: [program]))
        let records = OfficerRecords(officer: R.officer(hired: hired), completions: completions, facts: facts)
        let assignment = ProgramAssignment(id: 1, programID: program.id, assignee: .unit("Patrol"),
                                           assignedOn: R.date(from), from: R.date(from))
        let programWaivers = waivers.enumerated().map { index, period in
            ProgramWaiver(id: Int64(index + 1), badge: R.badge, programID: program.id, reason: "military",
                          from: R.date(period.from), until: R.date(period.until))
        }
        return engine.standings(for: records, programs: ProgramRecords(assignments: [assignment], waivers: programWaivers),
                                asOf: R.date(asOf)).first
    }

    static func pass(_ id: Int64, _ module: String, on day: String, hours: Double? = nil) -> Completion {
        R.completion(id, module, on: day, hours: hours)
    }
}
