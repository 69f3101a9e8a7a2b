import MusterCore
import MusterTestSupport
@testable import MusterTUI
import Synchronization

/// An in-memory `MusterClient` over `FixtureAgency`: writes change the records it serves, so a test can
/// record a completion and see the status change, as the real store would.
///
/// (It lives here rather than in MusterTestSupport because that target does not depend on MusterTUI.)
final class FakeStore: Sendable {
    struct Records: Sendable {
        var completions = FixtureAgency.completions
        var assignments = FixtureAgency.assignments
        var waivers = FixtureAgency.waivers
        var performed: [RecordAction] = []
        var exports: [ExportRequest] = []
    }

    let records = Mutex(Records())
    /// When set, every write fails with this message.
    let failure = Mutex<String?>(nil)

    var performed: [RecordAction] { records.withLock { $0.performed } }

    func officerRecords() -> [OfficerRecords] {
        records.withLock { records in
            FixtureAgency.officers.map { officer in
                OfficerRecords(officer: officer, assignments: records.assignments.filter { $0.applies(to: officer) },
                               completions: records.completions.filter { $0.badge == officer.badge },
                               waivers: records.waivers.filter { $0.badge == officer.badge })
            }
        }
    }

    func client(access: AccessPolicy = FixtureAgency.coordinator, previewBadge: String? = nil) -> MusterClient {
        MusterClient(
            agencyName: FixtureAgency.name, curriculum: FixtureAgency.curriculum, access: access, asOf: FixtureAgency.asOf,
            previewBadge: previewBadge,
            loadAgency: { [self] in
                var builder = AgencySnapshotBuilder(curriculum: FixtureAgency.curriculum, asOf: FixtureAgency.asOf)
                for records in officerRecords() { builder.add(records) }
                return builder.build()
            },
            officerDetail: { [self] badge in
                guard let records = officerRecords().first(where: { $0.officer.badge == badge }) else {
                    throw FakeError("no officer has badge \(badge)")
                }
                return OfficerDetail(records: records, curriculum: FixtureAgency.curriculum, asOf: FixtureAgency.asOf)
            },
            perform: { [self] action in try perform(action) },
            previewExport: { request in
                ExportPreview(header: ["badge", "name", "module", "status"],
                              rows: [["A-1001", "Ortiz, Maria", request.moduleID ?? "uof-deescalation", "current"],
                                     ["A-1002", "山田, 太郎", request.moduleID ?? "uof-deescalation", "expiring"]], totalRows: 2)
            },
            export: { [self] request, progress in
                records.withLock { $0.exports.append(request) }
                progress(ExportProgress(rowsWritten: 1, totalRows: 2))
                progress(ExportProgress(rowsWritten: 2, totalRows: 2))
                return ExportResult(path: "/exports/" + request.outputPath, rowCount: 2)
            },
            countOfficers: { FixtureAgency.officers.count { $0.status != .separated } },
            loadOfficers: { FixtureAgency.officers })
    }

    private func perform(_ action: RecordAction) throws -> String {
        if let message = failure.withLock({ $0 }) { throw FakeError(message) }
        return records.withLock { records in
            records.performed.append(action)
            let version = FixtureAgency.curriculum.modules[0].version
            switch action {
            case .recordCompletion(let entry):
                let id = Int64(records.completions.count + 1)
                records.completions.append(Completion(id: id, badge: entry.badge, moduleID: entry.moduleID, moduleVersion: version,
                                                      completedOn: entry.completedOn ?? FixtureAgency.asOf, result: entry.result ?? .pass,
                                                      score: entry.score, hours: entry.hours, instructor: entry.instructor))
                return "Recorded completion #\(id): \(entry.badge) \(entry.moduleID) on \((entry.completedOn ?? FixtureAgency.asOf).iso)"
            case .recordClass(let roster):
                for attendee in roster.attendees {
                    records.completions.append(Completion(id: Int64(records.completions.count + 1), badge: attendee.badge,
                                                          moduleID: roster.moduleID, moduleVersion: version, completedOn: roster.date,
                                                          result: attendee.result, score: attendee.score, instructor: roster.instructor))
                }
                return "Recorded \(roster.attendees.count) completions of \(roster.moduleID) on \(roster.date)"
            case .void(let id, let reason):
                guard let index = records.completions.firstIndex(where: { $0.id == id }) else { return "No completion #\(id)" }
                records.completions[index].voidReason = reason
                return "Voided completion #\(id)"
            case .waive(let entry):
                records.waivers.append(Waiver(id: Int64(records.waivers.count + 1), badge: entry.badge, moduleID: entry.moduleID,
                                              reason: entry.reason, from: entry.from ?? FixtureAgency.asOf, until: entry.until))
                return "Waived \(entry.moduleID) for \(entry.badge)"
            case .assign(let entry):
                records.assignments.append(Assignment(id: Int64(records.assignments.count + 1), target: entry.target,
                                                      assignee: entry.assignee, dueOn: entry.dueOn, assignedOn: FixtureAgency.asOf))
                return "Assigned \(entry.target.id)"
            }
        }
    }
}

struct FakeError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
