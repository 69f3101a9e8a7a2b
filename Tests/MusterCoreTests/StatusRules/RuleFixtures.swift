import MusterCore

/// Builders for the status-rule tables: a small agency of modules and versions written as text, so each table
/// reads as the rule it checks.
enum RuleFixtures {
    static let badge = "R2"

    static func date(_ text: String) -> CalendarDate { StatusFixtures.date(text) }

    static func version(_ text: String) -> ModuleVersion { StatusFixtures.version(text) }

    static func module(
        _ id: String, version: String = "2023.1", effective: String = "2023-01-01", validity: Validity = .rolling(months: 12),
        window: Int = 30, hours: Double = 4, minHours: Double? = nil, acceptsFrom: String? = nil, retrain: Int = 0,
        prerequisites: [String] = [], refresherOf: String? = nil, firstDueMonths: Int? = nil, failureSuspends: Bool = false,
        passMark: Int? = nil
    ) -> Module {
        Module(
            id: id, title: id, area: .deadlyForce, version: self.version(version), effective: date(effective), summary: "",
            hours: hours, delivery: [.classroom], objectives: [], assessment: Assessment(kind: .practical, passMark: passMark),
            validity: validity, expiringWindowDays: window, acceptsFrom: acceptsFrom.map(self.version),
            prerequisites: prerequisites, retrainWithinDays: retrain, refresherOf: refresherOf, firstDueMonths: firstDueMonths,
            failureSuspends: failureSuspends, minHours: minHours)
    }

    static func certification(
        _ id: String, modules: [String], version: String = "1", effective: String? = nil, waivable: Bool = true,
        newModulesWithin: Int = 90
    ) -> Certification {
        Certification(
            id: id, title: id, summary: "", modules: modules, version: self.version(version), effective: effective.map(date),
            waivable: waivable, newModulesWithinDays: newModulesWithin)
    }

    static func officer(unit: String? = "Patrol", hired: String? = nil) -> Officer {
        Officer(badge: badge, lastName: "Reyes", firstName: "Ana", unit: unit, hireDate: hired.map(date))
    }

    static func completion(
        _ id: Int64, _ module: String, on day: String, version: String = "2023.1", result: Completion.Result = .pass,
        hours: Double? = nil, voided: String? = nil
    ) -> Completion {
        Completion(
            id: id, badge: badge, moduleID: module, moduleVersion: self.version(version), completedOn: date(day),
            result: result, hours: hours, voidReason: voided)
    }

    static func assign(
        _ id: Int64, _ target: Assignment.Target, to assignee: Assignment.Assignee = .officer(badge: badge),
        due: String? = nil, from: String = "2023-01-01", ended: String? = nil, within: Int = 90
    ) -> Assignment {
        Assignment(id: id, target: target, assignee: assignee, dueOn: due.map(date), assignedOn: date(from),
                   from: date(from), endedOn: ended.map(date), newMembersWithinDays: within)
    }

    static func fact(_ id: Int64, on day: String, _ kind: OfficerFact.Kind) -> OfficerFact {
        OfficerFact(id: id, badge: badge, on: date(day), kind: kind)
    }

    static func waiver(_ id: Int64, _ module: String, from: String, until: String?) -> Waiver {
        Waiver(id: id, badge: badge, moduleID: module, reason: "medical", from: date(from), until: until.map(date))
    }

    /// The officer's module standings as of `asOf`, after checking that the report line agrees with each.
    static func standings(
        _ curriculum: Curriculum, officer: Officer = officer(), assignments: [Assignment], completions: [Completion] = [],
        waivers: [Waiver] = [], facts: [OfficerFact] = [], asOf: String
    ) -> [ModuleStanding] {
        let engine = StatusEngine(curriculum: curriculum)
        let records = OfficerRecords(
            officer: officer, assignments: assignments, completions: completions, waivers: waivers, facts: facts)
        let standings = engine.moduleStandings(for: records, asOf: date(asOf))
        var memo = RequirementsMemo()
        precondition(engine.moduleStatusLines(for: records, asOf: date(asOf), memo: &memo) == standings.map(\.line),
                     "the report line differs from the standing")
        return standings
    }

    static func officerStanding(
        _ curriculum: Curriculum, officer: Officer = officer(), assignments: [Assignment], completions: [Completion] = [],
        waivers: [Waiver] = [], facts: [OfficerFact] = [], asOf: String
    ) -> OfficerStanding {
        StatusEngine(curriculum: curriculum).evaluate(
            OfficerRecords(officer: officer, assignments: assignments, completions: completions, waivers: waivers, facts: facts),
            asOf: date(asOf))
    }
}
