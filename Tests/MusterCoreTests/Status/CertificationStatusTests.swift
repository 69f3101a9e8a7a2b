import MusterCore
import Testing

private typealias F = StatusFixtures

@Suite("Certification status")
struct CertificationStatusTests {
    @Test("status from module statuses, first matching rule winning", arguments: [
        ([ModuleStatus.current, .current], CertificationStatus.certified),
        ([.current, .waived], .certified),
        ([.waived, .waived], .certified),
        ([.current, .expiring], .expiring),
        ([.expiring, .waived], .expiring),
        ([.current, .expired], .lapsed),
        ([.waived, .overdue], .lapsed),
        ([.expired, .assigned], .lapsed),
        ([.expiring, .assigned], .inProgress),
        ([.current, .assigned], .inProgress),
        ([.waived, .assigned], .inProgress),
        ([.assigned, .assigned], .notStarted),
        ([.assigned], .notStarted),
        ([], .certified),
    ])
    func fromModules(modules: [ModuleStatus], expected: CertificationStatus) {
        #expect(CertificationStatus(moduleStatuses: modules) == expected)
    }

    @Test("JSON words are exactly the issue's")
    func words() {
        #expect(CertificationStatus.allCases.map(\.rawValue) == ["certified", "expiring", "lapsed", "suspended", "in-progress", "not-started"])
        #expect(ModuleStatus.allCases.map(\.rawValue) == ["waived", "current", "expiring", "expired", "overdue", "assigned", "failed", "on-leave"])
    }

    static let curriculum = Curriculum(
        modules: [
            F.module("firearms", validity: .rolling(months: 12)),
            F.module("first-aid", validity: .rolling(months: 24)),
            F.module("ethics", validity: .once),
            F.module("legal", validity: .calendarYear, window: 0),
        ],
        certifications: [
            Certification(id: "patrol", title: "Patrol", summary: "", modules: ["firearms", "first-aid", "ethics"]),
            Certification(id: "legal-update", title: "Legal", summary: "", modules: ["legal"]),
        ])

    func standing(_ completions: [Completion], waivers: [Waiver] = [], due: String? = nil, asOf: String) -> CertificationStanding? {
        let engine = StatusEngine(curriculum: Self.curriculum)
        let records = OfficerRecords(
            officer: F.officer(),
            assignments: [Assignment(id: 1, target: .certification("patrol"), assignee: .unit(F.unit),
                                     dueOn: due.map(F.date), assignedOn: F.date("2024-01-01"))],
            completions: completions, waivers: waivers)
        let certifications = engine.certificationStandings(for: records, asOf: F.date(asOf))
        #expect(certifications.map(\.certificationID) == ["patrol"])
        return certifications.first
    }

    let allDone = [
        F.completion(1, on: "2024-03-04", module: "firearms"),
        F.completion(2, on: "2024-01-15", module: "first-aid"),
        F.completion(3, on: "2019-09-09", module: "ethics"),
    ]

    @Test("certified until the earliest expiry among its modules")
    func certified() throws {
        let cert = try #require(standing(allDone, asOf: "2024-06-01"))
        #expect(cert.status == .certified)
        #expect(cert.certifiedUntil == F.date("2025-03-04"))
        #expect(cert.modules.map(\.moduleID) == ["firearms", "first-aid", "ethics"])
    }

    @Test("expiring keeps certified_until")
    func expiring() throws {
        let cert = try #require(standing(allDone, asOf: "2025-02-20"))
        #expect(cert.status == .expiring)
        #expect(cert.certifiedUntil == F.date("2025-03-04"))
    }

    @Test("waived modules are left out of certified_until")
    func waivedExcluded() throws {
        let cert = try #require(standing(
            allDone, waivers: [F.waiver(5, from: "2024-01-01", until: nil, module: "firearms")], asOf: "2024-06-01"))
        #expect(cert.status == .certified)
        #expect(cert.certifiedUntil == F.date("2026-01-15"))
    }

    @Test("certified_until is null when no non-waived module expires")
    func neverExpires() throws {
        let cert = try #require(standing(
            [F.completion(3, on: "2019-09-09", module: "ethics")],
            waivers: [F.waiver(5, from: "2024-01-01", until: nil, module: "firearms"),
                      F.waiver(6, from: "2024-01-01", until: nil, module: "first-aid")],
            asOf: "2024-06-01"))
        #expect(cert.status == .certified)
        #expect(cert.certifiedUntil == nil)
    }

    @Test("lapsed, in-progress and not-started carry no certified_until", arguments: [
        ("2025-03-04", [1, 2, 3] as [Int64], nil as String?, CertificationStatus.lapsed),
        ("2024-06-01", [1, 3], "2024-12-31", .inProgress),
        ("2025-01-01", [1, 3], "2024-12-31", .lapsed),
        ("2024-06-01", [], nil, .notStarted),
        ("2024-06-01", [], "2024-05-31", .lapsed),
    ])
    func otherStatuses(asOf: String, completed: [Int64], due: String?, expected: CertificationStatus) throws {
        let cert = try #require(standing(allDone.filter { completed.contains($0.id) }, due: due, asOf: asOf))
        #expect(cert.status == expected)
        #expect(cert.certifiedUntil == nil)
    }

    @Test("only certifications assigned to the officer or their unit are reported, each once, sorted")
    func onlyAssigned() {
        let engine = StatusEngine(curriculum: Self.curriculum)
        let records = OfficerRecords(officer: F.officer(), assignments: [
            Assignment(id: 1, target: .certification("patrol"), assignee: .officer(badge: F.badge), assignedOn: F.date("2024-01-01")),
            Assignment(id: 2, target: .certification("patrol"), assignee: .unit(F.unit), assignedOn: F.date("2024-01-01")),
            Assignment(id: 3, target: .certification("legal-update"), assignee: .unit("Traffic"), assignedOn: F.date("2024-01-01")),
            Assignment(id: 4, target: .module("legal"), assignee: .officer(badge: F.badge), assignedOn: F.date("2024-01-01")),
        ])
        let standing = engine.evaluate(records, asOf: F.date("2024-06-01"))
        #expect(standing.certifications.map(\.certificationID) == ["patrol"])
        #expect(standing.modules.map(\.moduleID) == ["ethics", "firearms", "first-aid", "legal"])
    }

    @Test("a certification missing from the curriculum is reported not-started, with no modules")
    func unknownCertification() {
        let engine = StatusEngine(curriculum: Self.curriculum)
        let records = OfficerRecords(officer: F.officer(), assignments: [
            Assignment(id: 1, target: .certification("ghost"), assignee: .officer(badge: F.badge), assignedOn: F.date("2024-01-01")),
        ])
        let certifications = engine.certificationStandings(for: records, asOf: F.date("2024-06-01"))
        #expect(certifications.map(\.status) == [.notStarted])
        #expect(certifications.first?.isInCurriculum == false)
        #expect(certifications.first?.reason == "not-started: certification ghost is not in the loaded curriculum")
    }
}
