import MusterTestSupport
import Testing
import MusterCore

/// Training an incident triggers is met only by a completion dated on or after the incident's day: a wellness
/// contact from July does not answer a November use of force. Every row is also checked on the report line
/// (`RuleFixtures.standings`).
@Suite("Status rules: incident-triggered training counts only from the incident on")
struct IncidentCountsFromRuleTests {
    typealias F = RuleFixtures
    static let curriculum = Curriculum(
        modules: [F.module("wellness"), F.module("cew-remedial", failureSuspends: true)],
        certifications: [F.certification("cert-wellness", modules: ["wellness"])])

    /// An assignment as `incidents add` makes it: from the incident's day, due 14 days on.
    static func triggered(_ id: Int64, _ module: String, incident: String, origin: AssignmentOrigin = .postIncident) -> Assignment {
        var assignment = F.assign(id, .module(module), due: F.date(incident).adding(days: 14).description, from: incident)
        assignment.origin = origin
        return assignment
    }

    static let routine = F.assign(9, .certification("cert-wellness"), due: "2024-06-01", from: "2024-01-01")

    struct Row: Sendable, CustomTestStringConvertible {
        var name: String
        var module = "wellness"
        var assignments: [Assignment]
        var completions: [(id: Int64, on: String, result: Completion.Result)]
        var asOf = "2024-12-01"
        var status: ModuleStatus
        var basis: Int64?
        var note: String?
        var due: String?
        var testDescription: String { name }
    }

    @Test("a completion before the incident does not meet what the incident triggered", arguments: [
        Row(name: "July pass, November incident: overdue", assignments: [triggered(1, "wellness", incident: "2024-11-10")],
            completions: [(1, "2024-07-01", .pass)], status: .overdue,
            note: "completion #1 on 2024-07-01 does not count: dated before the incident of 2024-11-10"),
        Row(name: "before the trigger's due date: assigned", assignments: [triggered(1, "wellness", incident: "2024-11-10")],
            completions: [(1, "2024-07-01", .pass)], asOf: "2024-11-15", status: .assigned),
        Row(name: "a pass on the incident's day counts", assignments: [triggered(1, "wellness", incident: "2024-11-10")],
            completions: [(1, "2024-11-10", .pass)], status: .current, basis: 1),
        Row(name: "the pass after the incident is the basis", assignments: [triggered(1, "wellness", incident: "2024-11-10")],
            completions: [(1, "2024-07-01", .pass), (2, "2024-11-20", .pass)], status: .current, basis: 2),
        Row(name: "routine alone: the July pass counts", assignments: [routine],
            completions: [(1, "2024-07-01", .pass)], status: .current, basis: 1),
        // One requirement per module: the triggered assignment's day binds it, whatever routine cycle also requires it.
        Row(name: "routine and triggered: the incident's day binds", assignments: [routine, triggered(1, "wellness", incident: "2024-11-10")],
            completions: [(1, "2024-07-01", .pass)], status: .overdue),
        // Met by the routine cycle before the event: owed by the trigger's due date, not the routine one long past.
        Row(name: "routine met, then an incident: assigned until the trigger's due", assignments: [routine, triggered(1, "wellness", incident: "2024-11-10")],
            completions: [(1, "2024-07-01", .pass)], asOf: "2024-11-15", status: .assigned, due: "2024-11-24"),
        // Never met: still overdue from the routine due date.
        Row(name: "routine never met, then an incident: overdue from the routine due", assignments: [routine, triggered(1, "wellness", incident: "2024-11-10")],
            completions: [], asOf: "2024-11-15", status: .overdue, due: "2024-06-01"),
        Row(name: "two incidents: the latest decides",
            assignments: [triggered(1, "wellness", incident: "2024-03-01"), triggered(2, "wellness", incident: "2024-11-10")],
            completions: [(1, "2024-04-01", .pass)], status: .overdue),
        Row(name: "remedial: a failure before the event does not suspend", module: "cew-remedial",
            assignments: [triggered(1, "cew-remedial", incident: "2024-11-10", origin: .remedial)],
            completions: [(1, "2024-07-01", .pass), (2, "2024-10-01", .fail)], asOf: "2024-11-15", status: .assigned),
        Row(name: "remedial: a failure after the event suspends", module: "cew-remedial",
            assignments: [triggered(1, "cew-remedial", incident: "2024-11-10", origin: .remedial)],
            completions: [(1, "2024-07-01", .pass), (2, "2024-11-12", .fail)], asOf: "2024-11-15", status: .failed),
    ])
    func countsFrom(row: Row) {
        let completions = row.completions.map { F.completion($0.id, row.module, on: $0.on, result: $0.result) }
        let standings = F.standings(Self.curriculum, assignments: row.assignments, completions: completions, asOf: row.asOf)
        let standing = standings.first { $0.moduleID == row.module }
        #expect(standing?.status == row.status)
        #expect(standing?.basis?.id == row.basis)
        if let due = row.due { #expect(standing?.dueOn == F.date(due)) }
        if let note = row.note { #expect(standing?.notes.contains(note) == true, "\(standing?.notes ?? [])") }
    }

    @Test("the requirement carries the latest incident's day; routine assignments carry none")
    func requirementCarriesDay() {
        let engine = StatusEngine(curriculum: Self.curriculum)
        let records = OfficerRecords(
            officer: F.officer(),
            assignments: [Self.routine, Self.triggered(1, "wellness", incident: "2024-03-01"),
                          Self.triggered(2, "wellness", incident: "2024-11-10")],
            completions: [], waivers: [], facts: [])
        #expect(engine.requirements(for: records, asOf: F.date("2024-12-01")).map(\.countsFrom) == [F.date("2024-11-10")])
        let routineOnly = OfficerRecords(officer: F.officer(), assignments: [Self.routine], completions: [], waivers: [], facts: [])
        #expect(engine.requirements(for: routineOnly, asOf: F.date("2024-12-01")).map(\.countsFrom) == [nil])
    }
}
