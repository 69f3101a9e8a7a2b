import MusterCore
import MusterDemo

/// The demo agency at benchmark scale, in memory: every officer's records exactly as
/// `SQLiteRecordStore.forEachOfficerRecords` would hand them to the status engine (unit assignments
/// attached, completions in badge, module, date order, voided ones marked), built once per process.
struct ScaleAgency: Sendable {
    /// The date every figure is judged on; the same as `Benchmarks/run.sh` uses.
    static let asOf = CalendarDate(iso: "2026-11-23")!
    static let officerCount = 100_000

    /// Built on first use (in a benchmark's setup, so never inside a measurement).
    static let shared = ScaleAgency(officerCount: officerCount, seed: 1)

    let curriculum: Curriculum
    let records: [OfficerRecords]
    /// The snapshot the TUI computes at start-up, for the benchmarks that drive the TUI.
    let snapshot: AgencySnapshot

    init(officerCount: Int, seed: UInt64) {
        do {
            curriculum = try CurriculumLoader.load(from: nil)
        } catch {
            fatalError("the embedded curricula do not load: \(error)")
        }
        let asOf = Self.asOf
        let agency = DemoAgency(officerCount: officerCount, seed: seed, asOf: asOf, curriculum: curriculum)
        let assignedOn = asOf.adding(days: -400)
        var byUnit: [String: [Assignment]] = [:]
        for (number, planned) in agency.assignments.enumerated() {
            byUnit[planned.unit, default: []].append(Assignment(
                id: Int64(number + 1), target: planned.target, assignee: .unit(planned.unit), dueOn: planned.dueOn,
                assignedOn: assignedOn))
        }
        var nextCompletionID: Int64 = 1
        var nextWaiverID: Int64 = 1
        var records: [OfficerRecords] = []
        records.reserveCapacity(agency.officers.count)
        for (index, officer) in agency.officers.enumerated() {
            let history = agency.history(of: officer, index: index)
            var completions: [Completion] = []
            completions.reserveCapacity(history.completions.count)
            for planned in history.completions {
                // The store records against the newest loaded version, as `muster demo` does.
                guard let version = curriculum.module(planned.moduleID)?.version else { continue }
                completions.append(Completion(
                    id: nextCompletionID, badge: officer.badge, moduleID: planned.moduleID, moduleVersion: version,
                    completedOn: planned.completedOn, result: planned.result, score: planned.score, hours: planned.hours,
                    instructor: planned.instructor, voidReason: planned.voidReason))
                nextCompletionID += 1
            }
            completions.sort { ($0.moduleID, $0.completedOn, $0.id) < ($1.moduleID, $1.completedOn, $1.id) }
            let waivers = history.waivers.map { planned -> Waiver in
                defer { nextWaiverID += 1 }
                return Waiver(id: nextWaiverID, badge: officer.badge, moduleID: planned.moduleID, reason: planned.reason,
                              from: planned.from, until: planned.until)
            }
            records.append(OfficerRecords(
                officer: officer, assignments: officer.unit.flatMap { byUnit[$0] } ?? [], completions: completions,
                waivers: waivers))
        }
        // The store hands officers over in badge order.
        records.sort { $0.officer.badge.utf8.lexicographicallyPrecedes($1.officer.badge.utf8) }
        self.records = records

        var builder = AgencySnapshotBuilder(curriculum: curriculum, asOf: asOf)
        for officer in records { builder.add(officer) }
        snapshot = builder.build()
    }

    var completionCount: Int { records.reduce(0) { $0 + $1.completions.count } }
}
