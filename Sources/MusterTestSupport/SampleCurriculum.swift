import MusterCore

/// A small curriculum for store and CLI tests: a module with two versions and a pass mark, a yearly
/// attendance module, a never-expiring module, and a certification over the first two.
public enum SampleCurriculum {
    public static let deEscalation = "de-escalation"
    public static let firstAid = "first-aid"
    public static let legalUpdate = "legal-update"
    public static let patrolCertification = "patrol-ready"

    public static func module(
        _ id: String, version: String, title: String, passMark: Int? = nil, validity: Validity = .rolling(months: 12),
        acceptsFrom: String? = nil
    ) -> Module {
        Module(
            id: id, title: title, area: .deEscalation, version: ModuleVersion(version)!,
            effective: CalendarDate(iso: "2023-01-01")!, summary: "Summary of \(title).", hours: 4,
            delivery: [.classroom], objectives: ["Objective of \(title)"],
            assessment: Assessment(kind: passMark == nil ? .attendance : .written, passMark: passMark),
            validity: validity, acceptsFrom: acceptsFrom.flatMap(ModuleVersion.init))
    }

    /// The first release: version 2023.1 of de-escalation.
    public static var initial: Curriculum {
        Curriculum(
            modules: [
                module(deEscalation, version: "2023.1", title: "De-escalation", passMark: 80, validity: .rolling(months: 12)),
                module(firstAid, version: "2023.1", title: "First aid, \"tactical\"", validity: .calendarYear),
                module(legalUpdate, version: "2023.1", title: "Legal update", validity: .once),
            ],
            certifications: [
                Certification(id: patrolCertification, title: "Patrol ready", summary: "Patrol duty.",
                              modules: [deEscalation, firstAid]),
            ],
            policySources: [
                PolicySource(id: "state-act", title: "State act", issuer: "Legislature",
                             date: CalendarDate(iso: "2020-01-01")!, binds: "all officers", status: .inForce,
                             url: "https://example.org/act"),
            ],
            requirements: [
                PolicyRequirement(id: "req-1", requirement: "Train de-escalation", sources: ["state-act"],
                                  modules: [deEscalation]),
            ])
    }

    /// The next release: adds de-escalation 2024.1 (24-month validity) beside the old version.
    public static var revised: Curriculum {
        Curriculum(
            modules: initial.moduleVersions + [
                module(deEscalation, version: "2024.1", title: "De-escalation (2024)", passMark: 70,
                       validity: .rolling(months: 24), acceptsFrom: "2023.1"),
            ],
            certifications: initial.certifications, policySources: initial.policySources,
            requirements: initial.requirements)
    }
}
