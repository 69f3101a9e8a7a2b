import Foundation
import MusterCore
import MusterReports
import MusterStore
import MusterTUI

/// The TUI's client over the SQLite store: reads stream from the database, writes go through the same
/// command layer (and the same permission checks) as the CLI commands.
enum LiveMusterClient {
    static func make(session: Session, curriculum: Curriculum, asOf: CalendarDate, previewBadge: String?) -> MusterClient {
        let client = everyone(session: session, curriculum: curriculum, asOf: asOf, previewBadge: previewBadge)
        guard let agency = session.access.visibleAgency else { return client }
        return liaison(client, session: session, agency: agency)
    }

    /// The client of a login that reads every officer's records (or, in the officer view, its own).
    private static func everyone(session: Session, curriculum: Curriculum, asOf: CalendarDate, previewBadge: String?) -> MusterClient {
        let access = session.access
        return MusterClient(
            agencyName: agencyName(path: session.path),
            curriculum: curriculum, access: access, asOf: asOf, previewBadge: previewBadge,
            loadAgency: {
                let store = try session.reads(.allRecords)
                var builder = AgencySnapshotBuilder(curriculum: curriculum, asOf: asOf)
                // The same status lines tell the dashboard what the next `muster notices` would send.
                var notices = session.access.allows(.sendNotices)
                    ? try NoticePlanner(store: store, curriculum: curriculum, asOf: asOf, windows: .standard) : nil
                // The month chart is counted in SQL; programs' standings come from the same read as the statuses.
                try StandingStream.forEachSpanOfDashboardLines(
                    store, curriculum: curriculum, asOf: asOf,
                    start: { [(OfficerTimeline, [ModuleStatusLine], [ProgramStanding])]() },
                    add: { $0.append(($1.timeline, $2, $3)) }
                ) { span in
                    // The timeline, not the officer's row, says who served and where on the as-of date.
                    for (timeline, lines, programs) in span {
                        builder.add(timeline, statusLines: lines)
                        builder.add(programStandings: programs, name: timeline.officer.displayName)
                        notices?.add(timeline, statusLines: lines)
                    }
                }
                builder.setCompletionsPerMonth(try store.countedCompletionsPerMonth(from: builder.firstCountedDay, through: asOf))
                var snapshot = builder.build()
                snapshot.pendingNotices = notices?.pending
                return snapshot
            },
            officerDetail: { badge in
                let store = try session.reads(.officer(badge: badge))
                guard let officer = try store.officer(badge: badge) else { throw ClientError("unknown badge '\(badge)'") }
                let records = OfficerRecords(
                    officer: officer, assignments: try store.assignments(badge: badge),
                    completions: try store.completions(badge: badge).map(\.completion), waivers: try store.waivers(badge: badge),
                    facts: try store.facts(badge: badge))
                var detail = OfficerDetail(records: records, curriculum: curriculum, asOf: asOf)
                detail.upcomingClasses = try store.upcomingEnrolments(badge: badge, asOf: asOf)
                detail.programs = try ProgramStatusReport.standings(for: records, from: store, curriculum: curriculum, asOf: asOf)
                detail.incidents = try store.incidents(OfficerFilter(badge: badge), as: access)
                return detail
            },
            perform: { command in
                guard let result = try session.apply([command]).first else {
                    throw ClientError("the store stored nothing")
                }
                return result
            },
            previewExport: { request in
                try ClientExports.preview(request, store: try session.reads(.export), curriculum: curriculum, asOf: asOf,
                                         access: access)
            },
            export: { request, progress in
                try ClientExports.write(request, store: try session.reads(.export), curriculum: curriculum, asOf: asOf,
                                       access: access, progress: progress)
            },
            countOfficers: {
                try session.reads(.allRecords).officerCount(OfficerFilter(statuses: OfficerFilter.notSeparated.statuses, agency: Agency.homeID))
            },
            loadOfficers: { try session.reads(.allRecords).officerRoster() },
            databaseVersion: { try session.dataVersion() },
            upcomingClasses: { try session.reads(.allRecords).scheduledClasses(.upcoming, asOf: asOf, limit: 200) },
            classEnrolments: { id in try session.reads(.allRecords).enrolments(sessionID: id) },
            performAll: { commands in try session.apply(commands) })
    }

    /// A partner agency's liaison's client: the same officer detail (whose read the store decides by the
    /// officer's agency), its agency's officers alone in every list and figure, no classes, and exports refused
    /// as the CLI refuses them.
    private static func liaison(_ client: MusterClient, session: Session, agency: String) -> MusterClient {
        var client = client
        let (curriculum, asOf) = (client.curriculum, client.asOf)
        client.loadAgency = { try LiaisonWorkspace.loadAgency(session, agency: agency, curriculum: curriculum, asOf: asOf) }
        client.countOfficers = { try LiaisonWorkspace.officerCount(session, agency: agency) }
        client.loadOfficers = { try LiaisonWorkspace.roster(session, agency: agency) }
        client.upcomingClasses = nil
        client.classEnrolments = nil
        return client
    }

    /// The title line names the database, so a coordinator with several agencies sees which one is open.
    static func agencyName(path: String) -> String {
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return name == "muster" ? "Muster" : name
    }
}

/// An error whose description is the sentence the TUI shows.
struct ClientError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
