import MusterCore
import MusterDemo
import MusterStore
import MusterTestSupport

/// A small demo agency written through the store's command layer, built up to today, for reports to read:
/// officers, their history as one roster, a few voided completions, waivers and unit assignments.
struct DemoStore {
    let folder: TemporaryDirectory
    let store: SQLiteRecordStore

    init(officers: Int, seed: UInt64) throws {
        folder = try TemporaryDirectory()
        store = try MusterDatabase.open(path: folder.file("demo.sqlite"))
        let curriculum = try CurriculumLoader.load(from: nil)
        let agency = DemoAgency(officerCount: officers, seed: seed, asOf: .today(), curriculum: curriculum)
        var commands: [RecordCommand] = [
            .loadCurriculum(curriculum), .importOfficers(rows: agency.officers.map(Self.importRow), sync: false),
        ]
        var entries: [CompletionRequest] = []
        var voids: [(index: Int, reason: String)] = []
        for (index, officer) in agency.officers.enumerated() {
            let history = agency.history(of: officer, index: index)
            for planned in history.completions {
                if let reason = planned.voidReason { voids.append((entries.count, reason)) }
                entries.append(CompletionRequest(
                    badge: officer.badge, moduleID: planned.moduleID, completedOn: planned.completedOn,
                    result: planned.result, score: planned.score, hours: planned.hours, instructor: planned.instructor))
            }
            commands += history.waivers.map {
                .waive(WaiverRequest(badge: officer.badge, moduleID: $0.moduleID, reason: $0.reason, from: $0.from,
                                     until: $0.until))
            }
        }
        commands.append(.recordRoster(RosterRequest(entries: entries)))
        let units = Set(agency.officers.compactMap(\.unit))
        commands += agency.assignments.filter { units.contains($0.unit) }.map {
            .assign(AssignmentRequest(target: $0.target, assignee: .unit($0.unit), dueOn: $0.dueOn))
        }
        let results = try store.apply(commands, as: .coordinator("demo"))
        let newIDs = results.compactMap { result -> [Int64]? in
            if case .rosterRecorded(let roster) = result { roster.newIDs } else { nil }
        }.first ?? []
        let voiding = voids.filter { $0.index < newIDs.count }.map {
            RecordCommand.voidCompletion(id: newIDs[$0.index], reason: $0.reason)
        }
        if !voiding.isEmpty { _ = try store.apply(voiding, as: .coordinator("demo")) }
    }

    private static func importRow(_ officer: Officer) -> OfficerImportRow {
        OfficerImportRow(badge: officer.badge, lastName: officer.lastName, firstName: officer.firstName,
                         unit: .some(officer.unit), rank: .some(officer.rank), email: .some(officer.email),
                         login: .some(officer.login), hireDate: .some(officer.hireDate), status: officer.status)
    }

    func remove() {
        folder.remove()
    }
}
