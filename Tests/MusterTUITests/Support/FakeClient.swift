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
        var performed: [RecordCommand] = []
        var exports: [ExportRequest] = []
    }

    let records = Mutex(Records())
    /// The roster it serves: the fixture agency's, or none (a database just created).
    let officers: [Officer]

    /// State programs and their assignments, judged into the dashboard's programs panel as the live loader does.
    let programs: (curriculum: Curriculum, records: ProgramRecords)?

    init(officers: [Officer] = FixtureAgency.officers, programs: (curriculum: Curriculum, records: ProgramRecords)? = nil) {
        self.officers = officers
        self.programs = programs
    }

    /// The program standings `muster status --programs` lists for the officer: home agency, serving that day.
    func programStandings(_ records: OfficerRecords) -> [ProgramStanding] {
        guard let programs, records.officer.agency == nil, records.timeline.serves(on: FixtureAgency.asOf) else { return [] }
        return ProgramEngine(curriculum: programs.curriculum).standings(for: records, programs: programs.records,
                                                                        asOf: FixtureAgency.asOf)
    }
    /// When set, every write fails with this message.
    let failure = Mutex<String?>(nil)
    /// Grows with every write, as SQLite's `data_version` does (`MusterClient.databaseVersion`).
    let version = Mutex<Int64>(1)

    /// A write another process makes: the records change, and so does the version, but the app is not told.
    func writeElsewhere(_ command: RecordCommand) throws {
        _ = try perform(command)
    }

    var performed: [RecordCommand] { records.withLock { $0.performed } }

    func officerRecords() -> [OfficerRecords] {
        records.withLock { records in
            officers.map { officer in
                OfficerRecords(officer: officer, assignments: records.assignments.filter { $0.applies(to: officer) },
                               completions: records.completions.filter { $0.badge == officer.badge },
                               waivers: records.waivers.filter { $0.badge == officer.badge })
            }
        }
    }

    /// The fixture's curriculum with the store's programs, as a live session reads both from the database.
    var sessionCurriculum: Curriculum {
        guard let programs else { return FixtureAgency.curriculum }
        let fixture = FixtureAgency.curriculum
        return Curriculum(modules: fixture.moduleVersions, certifications: fixture.certificationVersions,
                          policySources: fixture.policySources, requirements: fixture.requirements,
                          programs: programs.curriculum.programVersions, review: fixture.review)
    }

    /// With `followsChanges`, the client reports `version` as the database's, so the app reloads when it grows.
    func client(access: AccessPolicy = FixtureAgency.coordinator, previewBadge: String? = nil,
                followsChanges: Bool = false) -> MusterClient {
        var client = MusterClient(
            agencyName: FixtureAgency.name, curriculum: sessionCurriculum, access: access, asOf: FixtureAgency.asOf,
            previewBadge: previewBadge,
            loadAgency: { [self] in
                var builder = AgencySnapshotBuilder(curriculum: FixtureAgency.curriculum, asOf: FixtureAgency.asOf)
                for records in officerRecords() {
                    builder.add(records)
                    builder.add(programStandings: programStandings(records), name: records.officer.displayName)
                }
                return builder.build()
            },
            officerDetail: { [self] badge in
                guard let records = officerRecords().first(where: { $0.officer.badge == badge }) else {
                    throw FakeError("no officer has badge \(badge)")
                }
                var detail = OfficerDetail(records: records, curriculum: FixtureAgency.curriculum, asOf: FixtureAgency.asOf)
                let enrolled = Set(FakeStore.enrolments.filter { $0.badge == badge }.map(\.sessionID))
                detail.upcomingClasses = FakeStore.upcoming.filter { enrolled.contains($0.id) }
                return detail
            },
            perform: { [self] command in try perform(command) },
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
            countOfficers: { [officers] in officers.count { $0.status != .separated } },
            loadOfficers: { [officers] in officers })
        client.upcomingClasses = { FakeStore.upcoming }
        client.classEnrolments = { id in FakeStore.enrolments.filter { $0.sessionID == id } }
        if followsChanges { client.databaseVersion = { [self] in version.withLock { $0 } } }
        return client
    }

    private func perform(_ command: RecordCommand) throws -> CommandResult {
        if let message = failure.withLock({ $0 }) { throw FakeError(message) }
        version.withLock { $0 += 1 }
        return records.withLock { records in
            records.performed.append(command)
            let version = FixtureAgency.curriculum.modules[0].version
            func record(_ entry: CompletionRequest, sessionID: Int64? = nil) -> Completion {
                let completion = Completion(
                    id: Int64(records.completions.count + 1), badge: entry.badge, moduleID: entry.moduleID,
                    moduleVersion: version, completedOn: entry.completedOn ?? FixtureAgency.asOf, result: entry.result ?? .pass,
                    score: entry.score, hours: entry.hours, instructor: entry.instructor, sessionID: sessionID)
                records.completions.append(completion)
                return completion
            }
            switch command {
            case .recordCompletion(let entry):
                let completion = record(entry)
                return .completionRecorded(id: completion.id, version: version, result: completion.result)
            case .recordRoster(let roster):
                let ids = roster.entries.map { record($0, sessionID: 1).id }
                return .rosterRecorded(RosterSummary(newIDs: ids, duplicates: 0, sessionID: 1))
            case .voidCompletion(let id, let reason):
                if let index = records.completions.firstIndex(where: { $0.id == id }) {
                    records.completions[index].voidReason = reason
                }
                return .completionVoided(id: id)
            case .waive(let entry):
                let id = Int64(records.waivers.count + 1)
                records.waivers.append(Waiver(id: id, badge: entry.badge, moduleID: entry.moduleID,
                                              reason: entry.reason, from: entry.from ?? FixtureAgency.asOf, until: entry.until))
                return .waived(id: id)
            case .endWaiver(let id, let on):
                guard let index = records.waivers.firstIndex(where: { $0.id == id }) else { return .officerAdded(badge: "") }
                let lastDay = (on ?? FixtureAgency.asOf).subtracting(days: 1)
                records.waivers[index].until = lastDay
                return .waiverEnded(id: id, lastDay: lastDay)
            case .assign(let entry):
                let id = Int64(records.assignments.count + 1)
                records.assignments.append(Assignment(id: id, target: entry.target,
                                                      assignee: entry.assignee, dueOn: entry.dueOn, assignedOn: FixtureAgency.asOf))
                return .assigned(id: id)
            case .scheduleClass:
                return .classScheduled(id: 12)
            case .enrol(let id, let badges):
                return .enrolled(sessionID: id, EnrolmentSummary(added: badges))
            case .markAttendance(let request):
                return .attendanceMarked(sessionID: request.sessionID, badges: request.badges)
            case .recordClass(let id):
                return .classRecorded(sessionID: id, ClassRecordSummary(newIDs: [90, 91]))
            default:
                return .officerAdded(badge: "")
            }
        }
    }
}

extension FakeStore {
    /// Two classes ahead of `FixtureAgency.asOf` and one held that day, soonest first.
    static let upcoming = [
        ScheduledClass(id: 3, moduleID: "uof-medical-aid", heldOn: FixtureAgency.asOf, startsAt: ClassTime("08:00"),
                       location: "Range B", instructor: "Sgt. Alvarez", capacity: 12, enrolled: 2),
        ScheduledClass(id: 4, moduleID: "uof-reporting", heldOn: FixtureAgency.asOf.adding(days: 10), startsAt: ClassTime("13:30"),
                       location: "Room 2", instructor: "Lt. Chen", capacity: 20, enrolled: 1),
    ]
    static let enrolments = [
        ClassEnrolment(sessionID: 3, badge: "A-1003", enrolledOn: FixtureAgency.asOf.adding(days: -7)),
        ClassEnrolment(sessionID: 3, badge: "A-1004", enrolledOn: FixtureAgency.asOf.adding(days: -7), attendance: .absent),
        ClassEnrolment(sessionID: 4, badge: "A-1005", enrolledOn: FixtureAgency.asOf.adding(days: -2)),
    ]
}

struct FakeError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
