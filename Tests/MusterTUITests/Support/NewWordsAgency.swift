import MusterCore
import MusterTestSupport
@testable import MusterTUI

/// The fixture agency with status lines made up to show every word the v2 rules added (failed, on-leave,
/// suspended) beside waived-only, no requirement and not serving, judged without the engine so the screens
/// show the words whatever the engine's rules.
enum NewWordsAgency {
    static func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    static let lines: [String: [ModuleStatusLine]] = [
        "A-1001": [ModuleStatusLine(moduleID: "uof-deescalation", status: .current, completedOn: day("2026-03-12"), expiresOn: day("2027-03-12")),
                   ModuleStatusLine(moduleID: "uof-less-lethal-cew", status: .failed, completedOn: day("2026-05-08"), expiresOn: day("2027-05-08"))],
        "A-1002": [ModuleStatusLine(moduleID: "uof-deescalation", status: .onLeave, dueOn: day("2026-06-30")),
                   ModuleStatusLine(moduleID: "uof-reporting", status: .current, completedOn: day("2026-04-22"), expiresOn: day("2027-04-22"))],
        "A-1003": [ModuleStatusLine(moduleID: "uof-medical-aid", status: .waived)],
        "A-1004": [ModuleStatusLine(moduleID: "uof-medical-aid", status: .expired, completedOn: day("2024-09-01"), expiresOn: day("2026-09-01"))],
        "A-1005": [ModuleStatusLine(moduleID: "uof-deescalation", status: .current, completedOn: day("2026-08-14"), expiresOn: day("2027-08-14"))],
        "A-1006": [ModuleStatusLine(moduleID: "uof-deescalation", status: .expiring, completedOn: day("2025-12-10"), expiresOn: day("2026-12-10"))],
        "A-1007": [ModuleStatusLine(moduleID: "uof-bwc", status: .assigned, dueOn: day("2026-12-31"))],
        "A-1010": [ModuleStatusLine(moduleID: "uof-medical-aid", status: .expired, completedOn: day("2024-09-01"), expiresOn: day("2026-09-01"))],
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
