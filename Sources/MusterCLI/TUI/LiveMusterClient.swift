import Foundation
import MusterCore
import MusterReports
import MusterStore
import MusterTUI

/// The TUI's client over the SQLite store: reads stream from the database, writes go through the same
/// command layer (and the same permission checks) as the CLI commands.
enum LiveMusterClient {
    static func make(session: Session, curriculum: Curriculum, asOf: CalendarDate, previewBadge: String?) -> MusterClient {
        let store = session.store
        let login = session.login
        let access = session.access
        return MusterClient(
            agencyName: agencyName(path: session.path),
            curriculum: curriculum, access: access, asOf: asOf, previewBadge: previewBadge,
            loadAgency: {
                var builder = AgencySnapshotBuilder(curriculum: curriculum, asOf: asOf)
                // Statuses need only the completions they rest on; the month chart is counted in SQL.
                try StandingStream.forEachSpanOfStatusLines(
                    store, .all, engine: StatusEngine(curriculum: curriculum), asOf: asOf,
                    start: { [(Officer, [ModuleStatusLine])]() }, add: { $0.append(($1.officer, $2)) }
                ) { span in
                    for (officer, lines) in span { builder.add(officer, statusLines: lines) }
                }
                builder.setCompletionsPerMonth(try store.countedCompletionsPerMonth(from: builder.firstCountedDay, through: asOf))
                return builder.build()
            },
            officerDetail: { badge in
                if let refusal = access.readRefusal(badge: badge) { throw ClientError(refusal) }
                guard let officer = try store.officer(badge: badge) else { throw ClientError("unknown badge '\(badge)'") }
                let records = OfficerRecords(
                    officer: officer, assignments: try store.assignments(badge: badge),
                    completions: try store.completions(badge: badge).map(\.completion), waivers: try store.waivers(badge: badge))
                return OfficerDetail(records: records, curriculum: curriculum, asOf: asOf)
            },
            perform: { action in
                try perform(action, store: store, login: login, access: access)
            },
            previewExport: { request in
                try ClientExports.preview(request, store: store, curriculum: curriculum, asOf: asOf, access: access)
            },
            export: { request, progress in
                try ClientExports.write(request, store: store, curriculum: curriculum, asOf: asOf, access: access, progress: progress)
            },
            countOfficers: { try store.officerCount(.notSeparated) },
            loadOfficers: { try store.officerRoster() })
    }

    /// The title line names the database, so a coordinator with several agencies sees which one is open.
    static func agencyName(path: String) -> String {
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return name == "muster" ? "Muster" : name
    }

    private static func perform(_ action: RecordAction, store: SQLiteRecordStore, login: String, access: AccessPolicy) throws -> String {
        func require(_ permission: Permission) throws {
            if let refusal = access.refusal(for: permission) { throw ClientError(refusal) }
        }
        do {
            switch action {
            case .recordCompletion(let request):
                try require(.recordCompletions)
                let results = try store.apply([.recordCompletion(request)], actor: login)
                guard case .completionRecorded(let id, let version, let result)? = results.first else { return "Recorded." }
                let day = request.completedOn.map { " on \($0)" } ?? ""
                return "Recorded completion #\(id): \(request.moduleID) \(version) for \(request.badge)\(day), \(result.rawValue)."
            case .assign(let request):
                try require(.assign)
                let results = try store.apply([.assign(request)], actor: login)
                let who = switch request.assignee {
                case .officer(let badge): "officer \(badge)"
                case .unit(let unit): "unit \(unit)"
                }
                return "Assignment #\(results.first?.createdID ?? 0): \(request.target.id) to \(who)" + (request.dueOn.map { ", due \($0)." } ?? ".")
            case .waive(let request):
                try require(.waive)
                let results = try store.apply([.waive(request)], actor: login)
                return "Waiver #\(results.first?.createdID ?? 0): \(request.moduleID) for \(request.badge)."
            case .void(let id, let reason):
                try require(.voidCompletions)
                _ = try store.apply([.voidCompletion(id: id, reason: reason)], actor: login)
                return "Voided completion #\(id)."
            case .recordClass(let roster):
                try require(.recordCompletions)
                let entries = roster.attendees.map {
                    CompletionRequest(badge: $0.badge, moduleID: roster.moduleID, completedOn: roster.date, result: $0.result,
                                      score: $0.score, instructor: roster.instructor.isEmpty ? nil : roster.instructor)
                }
                let session = SessionRequest(moduleID: roster.moduleID, heldOn: roster.date,
                                             instructor: roster.instructor.isEmpty ? nil : roster.instructor,
                                             location: roster.location.isEmpty ? nil : roster.location)
                let results = try store.apply([.recordRoster(RosterRequest(entries: entries, session: session))], actor: login)
                guard case .rosterRecorded(let summary)? = results.first else { return "Recorded." }
                return "Recorded class \(summary.sessionID.map { "#\($0)" } ?? ""): \(summary.newIDs.count) completion(s), "
                    + "\(summary.duplicates) already on record."
            }
        } catch let error as StoreError {
            throw ClientError(error.description)
        }
    }
}

/// An error whose description is the sentence the TUI shows.
struct ClientError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
