import MusterCore
import Testing

/// Builders that keep status tables readable: dates and versions as text, modules with only the
/// fields the rules read.
enum StatusFixtures {
    static let badge = "B-100"
    static let unit = "Patrol"

    static func date(_ text: String) -> CalendarDate {
        guard let date = CalendarDate(iso: text) else { preconditionFailure("bad fixture date \(text)") }
        return date
    }

    static func version(_ text: String) -> ModuleVersion {
        guard let version = ModuleVersion(text) else { preconditionFailure("bad fixture version \(text)") }
        return version
    }

    static func module(
        _ id: String = "firearms-qual", version: String = "2023.1", validity: Validity = .rolling(months: 12),
        window: Int = 30, acceptsFrom: String? = nil
    ) -> Module {
        Module(
            id: id, title: id, area: .deadlyForce, version: self.version(version), effective: date("2023-01-01"),
            summary: "", hours: 4, delivery: [.classroom], objectives: [], assessment: Assessment(kind: .practical),
            validity: validity, expiringWindowDays: window, acceptsFrom: acceptsFrom.map(self.version))
    }

    static func officer(_ badge: String = badge, unit: String? = unit) -> Officer {
        Officer(badge: badge, lastName: "Okafor", firstName: "Adaeze", unit: unit)
    }

    static func completion(
        _ id: Int64, on day: String, module: String = "firearms-qual", version: String = "2023.1",
        result: Completion.Result = .pass, voided: String? = nil, badge: String = badge
    ) -> Completion {
        Completion(
            id: id, badge: badge, moduleID: module, moduleVersion: self.version(version), completedOn: date(day),
            result: result, voidReason: voided)
    }

    static func assignModule(
        _ id: Int64 = 1, _ module: String = "firearms-qual", to badge: String = badge, due: String? = nil
    ) -> Assignment {
        Assignment(id: id, target: .module(module), assignee: .officer(badge: badge), dueOn: due.map(date),
                   assignedOn: date("2023-01-02"))
    }

    static func waiver(_ id: Int64, from: String, until: String?, module: String = "firearms-qual", reason: String = "medical leave") -> Waiver {
        Waiver(id: id, badge: badge, moduleID: module, reason: reason, from: date(from), until: until.map(date))
    }

    /// The single module standing of an officer assigned one module. Every rule table that uses it also checks
    /// that the engine's lean path (status lines without evidence, for reports) agrees with the full standing.
    static func standing(
        module: Module = module(), completions: [Completion] = [], waivers: [Waiver] = [], due: String? = nil,
        asOf: String
    ) -> ModuleStanding {
        let engine = StatusEngine(curriculum: Curriculum(modules: [module]))
        let records = OfficerRecords(
            officer: officer(), assignments: [assignModule(1, module.id, due: due)], completions: completions,
            waivers: waivers)
        let standings = engine.moduleStandings(for: records, asOf: date(asOf))
        precondition(standings.count == 1, "expected exactly one requirement")
        var memo = RequirementsMemo()
        #expect(engine.moduleStatusLines(for: records, asOf: date(asOf), memo: &memo) == [standings[0].line])
        return standings[0]
    }
}
