import MusterCore

/// A small agency with every status on show and names that test wide-character alignment
/// ("山田 太郎", "Zoë Saldaña", "Ñúñez"), judged as of a fixed day so screens and tallies never drift.
public enum FixtureAgency {
    public static let name = "Riverton Police Department"
    public static let asOf = day("2026-11-23")

    public static let curriculum = Curriculum(
        modules: [
            module("uof-deescalation", "De-escalation and tactical communication", .deEscalation, hours: 8,
                   assessment: Assessment(kind: .scenario, passMark: 80), validity: .rolling(months: 12),
                   objectives: ["Use time, distance and cover to slow an encounter down",
                                "Recognise signs of crisis and adjust communication"]),
            module("uof-duty-to-intervene", "Duty to intervene", .dutyToIntervene, hours: 2,
                   assessment: Assessment(kind: .written, passMark: 70), validity: .calendarYear,
                   objectives: ["Intervene to stop excessive force", "Report what was seen to a supervisor"]),
            module("uof-medical-aid", "Medical aid after force", .medicalAid, hours: 4,
                   assessment: Assessment(kind: .practical), validity: .rolling(months: 24),
                   objectives: ["Render aid as soon as the scene is safe"]),
            module("uof-reporting", "Use-of-force reporting", .reporting, hours: 2,
                   assessment: Assessment(kind: .written, passMark: 70), validity: .rolling(months: 12),
                   objectives: ["Complete a use-of-force report the same shift"]),
            module("uof-less-lethal-cew", "Conducted energy weapons", .lessLethalForce, hours: 8,
                   assessment: Assessment(kind: .practical, passMark: 80), validity: .rolling(months: 12),
                   objectives: ["Deploy a CEW within policy", "Aftercare and probe removal"]),
            module("uof-bwc", "Body-worn cameras", .technology, hours: 1,
                   assessment: Assessment(kind: .attendance), validity: .once,
                   objectives: ["Activate and label recordings as policy requires"]),
        ],
        certifications: [
            Certification(id: "cert-patrol", title: "Patrol use of force", summary: "What every patrol and traffic officer must hold.",
                          modules: ["uof-deescalation", "uof-duty-to-intervene", "uof-medical-aid", "uof-reporting"],
                          policyBasis: [PolicyReference(source: "state-post-2024", section: "§ 4.2")]),
            Certification(id: "cert-cew", title: "CEW operator", summary: "Carrying a conducted energy weapon.",
                          modules: ["uof-less-lethal-cew"]),
        ],
        policySources: [
            PolicySource(id: "state-post-2024", title: "State POST use-of-force standard", issuer: "State POST", date: day("2024-01-01"),
                         binds: "all sworn officers", status: .inForce, url: "https://post.example.gov/uof"),
            PolicySource(id: "gen-order-2019", title: "General Order 300 (2019)", issuer: "Riverton PD", date: day("2019-05-01"),
                         binds: "all sworn officers", status: .superseded, ended: day("2024-01-01"), endedBy: "state-post-2024",
                         url: "https://riverton.example.gov/go300"),
        ],
        requirements: [
            PolicyRequirement(id: "req-deescalation", requirement: "Annual de-escalation training with scenarios",
                              sources: ["state-post-2024"], modules: ["uof-deescalation"]),
            PolicyRequirement(id: "req-intervene", requirement: "Duty to intervene and report", sources: ["state-post-2024"],
                              modules: ["uof-duty-to-intervene"]),
            PolicyRequirement(id: "req-mental-health", requirement: "Mental-health crisis response training",
                              sources: ["state-post-2024"], modules: []),
            PolicyRequirement(id: "req-chokehold-2019", requirement: "Neck restraint techniques (old order)",
                              sources: ["gen-order-2019"], modules: []),
        ])

    public static let officers: [Officer] = [
        Officer(badge: "A-1001", lastName: "Ortiz", firstName: "Maria", unit: "Patrol", rank: "Officer"),
        Officer(badge: "A-1002", lastName: "山田", firstName: "太郎", unit: "Patrol", rank: "Officer"),
        Officer(badge: "A-1003", lastName: "Saldaña", firstName: "Zoë", unit: "Patrol", rank: "Sergeant", login: "zsaldana"),
        Officer(badge: "A-1004", lastName: "Ñúñez", firstName: "José", unit: "Traffic", rank: "Officer"),
        Officer(badge: "A-1005", lastName: "Okafor", firstName: "Chidi", unit: "Traffic", rank: "Officer"),
        Officer(badge: "A-1006", lastName: "Lindqvist", firstName: "Åsa", unit: "Traffic", rank: "Corporal"),
        Officer(badge: "A-1007", lastName: "Brown", firstName: "Sam", unit: "Investigations", rank: "Detective"),
        Officer(badge: "A-1008", lastName: "Kowalski", firstName: "Anna", unit: "Investigations", rank: "Detective"),
        Officer(badge: "A-1009", lastName: "Nguyen", firstName: "Linh", unit: "K-9", rank: "Officer", status: .leave),
        Officer(badge: "A-1010", lastName: "O'Brien", firstName: "Pat", unit: "Patrol", rank: "Officer", status: .separated),
        Officer(badge: "A-1011", lastName: "Haddad", firstName: "Rami", unit: "Patrol", rank: "Lieutenant"),
        Officer(badge: "A-1012", lastName: "Schmidt", firstName: "Jonas", unit: "Traffic", rank: "Officer"),
    ]

    public static let assignments: [Assignment] = [
        Assignment(id: 1, target: .certification("cert-patrol"), assignee: .unit("Patrol"), dueOn: day("2026-06-30"), assignedOn: day("2026-01-05")),
        Assignment(id: 2, target: .certification("cert-cew"), assignee: .unit("Patrol"), dueOn: day("2026-06-30"), assignedOn: day("2026-01-05")),
        Assignment(id: 3, target: .certification("cert-patrol"), assignee: .unit("Traffic"), dueOn: day("2026-12-31"), assignedOn: day("2026-02-01")),
        Assignment(id: 4, target: .module("uof-bwc"), assignee: .unit("Investigations"), dueOn: day("2026-10-01"), assignedOn: day("2026-03-01")),
    ]

    public static let completions: [Completion] = {
        var list: [Completion] = []
        func add(_ badge: String, _ module: String, _ date: String, _ result: Completion.Result = .pass, score: Int? = nil,
                 instructor: String? = "Sgt. Alvarez", void: String? = nil) {
            list.append(Completion(id: Int64(list.count + 1), badge: badge, moduleID: module, moduleVersion: version,
                                   completedOn: day(date), result: result, score: score, hours: nil, instructor: instructor,
                                   voidReason: void))
        }
        func patrolSet(_ badge: String, cew: Bool) {
            add(badge, "uof-deescalation", "2026-03-12", score: 91)
            add(badge, "uof-duty-to-intervene", "2026-02-03", score: 88)
            add(badge, "uof-medical-aid", "2025-06-18")
            add(badge, "uof-reporting", "2026-04-22", score: 84)
            if cew { add(badge, "uof-less-lethal-cew", "2026-05-08", score: 90) }
        }
        patrolSet("A-1001", cew: true)
        // 山田: de-escalation inside its expiring window.
        add("A-1002", "uof-deescalation", "2025-12-10", score: 86)
        add("A-1002", "uof-duty-to-intervene", "2026-02-03", score: 79)
        add("A-1002", "uof-medical-aid", "2025-09-09")
        add("A-1002", "uof-reporting", "2026-04-22", score: 90)
        add("A-1002", "uof-less-lethal-cew", "2026-05-08", score: 85)
        // Saldaña: medical aid expired; a failed CEW attempt, then a pass; a voided reporting entry.
        add("A-1003", "uof-deescalation", "2026-03-12", score: 95)
        add("A-1003", "uof-duty-to-intervene", "2026-01-20", score: 92)
        add("A-1003", "uof-medical-aid", "2024-09-01")
        add("A-1003", "uof-reporting", "2026-02-02", score: 80, void: "entered against the wrong officer")
        add("A-1003", "uof-reporting", "2026-02-20", score: 77)
        add("A-1003", "uof-less-lethal-cew", "2026-05-01", .fail, score: 62)
        add("A-1003", "uof-less-lethal-cew", "2026-05-08", score: 88)
        // Okafor: half way.
        add("A-1005", "uof-deescalation", "2026-08-14", score: 82)
        add("A-1005", "uof-reporting", "2026-09-03", score: 75)
        // Lindqvist: certified, medical aid waived.
        add("A-1006", "uof-deescalation", "2026-07-07", score: 97)
        add("A-1006", "uof-duty-to-intervene", "2026-07-08", score: 90)
        add("A-1006", "uof-reporting", "2026-07-09", score: 88)
        add("A-1008", "uof-bwc", "2026-04-02", instructor: nil)
        patrolSet("A-1010", cew: false)
        patrolSet("A-1011", cew: true)
        add("A-1011", "uof-deescalation", "2025-03-10", score: 89)
        // Schmidt: reporting expiring.
        add("A-1012", "uof-deescalation", "2026-06-01", score: 84)
        add("A-1012", "uof-duty-to-intervene", "2026-06-02", score: 81)
        add("A-1012", "uof-medical-aid", "2026-06-03")
        add("A-1012", "uof-reporting", "2025-12-01", score: 72)
        return list
    }()

    public static let waivers: [Waiver] = [
        Waiver(id: 1, badge: "A-1006", moduleID: "uof-medical-aid", reason: "EMT-certified; state EMS licence on file",
               from: day("2026-01-01"), until: day("2027-12-31")),
    ]

    /// Each officer's records, grouped the way a store would stream them.
    public static var records: [OfficerRecords] {
        officers.map { officer in
            OfficerRecords(
                officer: officer, assignments: assignments.filter { $0.applies(to: officer) },
                completions: completions.filter { $0.badge == officer.badge }, waivers: waivers.filter { $0.badge == officer.badge })
        }
    }

    /// A coordinator's access.
    public static let coordinator = AccessPolicy(login: "jdoe", roles: [.coordinator], ownBadge: nil)
    /// Officer A-1003's own login, with no other role.
    public static let officerLogin = AccessPolicy(login: "zsaldana", roles: [], ownBadge: "A-1003")

    // MARK: - Building blocks

    static let version: ModuleVersion = {
        guard let version = ModuleVersion("2026.1") else { preconditionFailure("fixture version is not dotted integers") }
        return version
    }()

    static func day(_ iso: String) -> CalendarDate {
        guard let date = CalendarDate(iso: iso) else { preconditionFailure("fixture date \(iso) is not YYYY-MM-DD") }
        return date
    }

    static func module(_ id: String, _ title: String, _ area: TrainingArea, hours: Double, assessment: Assessment,
                       validity: Validity, objectives: [String]) -> Module {
        Module(id: id, title: title, area: area, version: version, effective: day("2026-01-01"), summary: title, hours: hours,
               delivery: [.classroom], objectives: objectives, assessment: assessment, validity: validity,
               policyBasis: [PolicyReference(source: "state-post-2024", section: "§ 4")])
    }
}
