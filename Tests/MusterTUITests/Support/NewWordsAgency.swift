import MusterCore
import MusterTestSupport
@testable import MusterTUI

/// The fixture agency with status lines made up to show every word the v2 rules added (failed, on-leave,
/// suspended) beside waived-only, no requirement and not serving, judged without the engine so the screens
/// show the words whatever the engine's rules.
enum NewWordsAgency {
    static func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    static func line(_ module: String, _ status: ModuleStatus, completed: String? = nil, expires: String? = nil,
                     due: String? = nil) -> ModuleStatusLine {
        ModuleStatusLine(moduleID: module, status: status, completedOn: completed.map(day), expiresOn: expires.map(day),
                         dueOn: due.map(day))
    }

    static let lines: [String: [ModuleStatusLine]] = [
        "A-1001": [line("uof-deescalation", .current, completed: "2026-03-12", expires: "2027-03-12"),
                   line("uof-less-lethal-cew", .failed, completed: "2026-05-08", expires: "2027-05-08")],
        "A-1002": [line("uof-deescalation", .onLeave, due: "2026-06-30"),
                   line("uof-reporting", .current, completed: "2026-04-22", expires: "2027-04-22")],
        "A-1003": [line("uof-medical-aid", .waived)],
        "A-1004": [line("uof-medical-aid", .expired, completed: "2024-09-01", expires: "2026-09-01")],
        "A-1005": [line("uof-deescalation", .current, completed: "2026-08-14", expires: "2027-08-14")],
        "A-1006": [line("uof-deescalation", .expiring, completed: "2025-12-10", expires: "2026-12-10")],
        "A-1007": [line("uof-bwc", .assigned, due: "2026-12-31")],
        "A-1010": [line("uof-medical-aid", .expired, completed: "2024-09-01", expires: "2026-09-01")],
    ]

    static var snapshot: AgencySnapshot {
        var builder = AgencySnapshotBuilder(curriculum: FixtureAgency.curriculum, asOf: FixtureAgency.asOf)
        for officer in FixtureAgency.officers { builder.add(officer, statusLines: lines[officer.badge] ?? []) }
        return builder.build()
    }

    /// Ortiz's record as the detail screen gets it: a failed CEW re-qualification, de-escalation waiting out leave.
    static var ortizDetail: OfficerDetail {
        let officer = FixtureAgency.officers[0]
        let asOf = FixtureAgency.asOf
        return OfficerDetail(
            officer: officer,
            modules: [
                ModuleStanding(badge: officer.badge, moduleID: "uof-deescalation", status: .onLeave, asOf: asOf, dueOn: day("2026-06-30")),
                ModuleStanding(badge: officer.badge, moduleID: "uof-less-lethal-cew", status: .failed, asOf: asOf,
                               expiresOn: day("2027-05-08"), dueOn: day("2026-06-30")),
                ModuleStanding(badge: officer.badge, moduleID: "uof-reporting", status: .current, asOf: asOf,
                               expiresOn: day("2027-04-22"), dueOn: day("2026-06-30")),
            ],
            certifications: [], completions: [], waivers: [], assignments: [])
    }
}
