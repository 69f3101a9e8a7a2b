import MusterCore
import MusterReports
import MusterStore

/// What a partner agency's liaison login reads in the workspace: its agency's officers alone, narrowed in each
/// query (`OfficerFilter.agency`, `officerRoster(agency:)`), as the CLI narrows its reads (`AgencyArgument`).
/// Its dashboard counts its own agency (`AgencySnapshotBuilder(agency:)`); classes and exports are the home
/// agency's and are not read.
enum LiaisonWorkspace {
    static func loadAgency(_ session: Session, agency: String, curriculum: Curriculum, asOf: CalendarDate) throws -> AgencySnapshot {
        let store = try session.reads(.visibleRecords)
        var builder = AgencySnapshotBuilder(curriculum: curriculum, asOf: asOf, agency: agency)
        try StandingStream.forEachSpanOfStatusLines(
            store, OfficerFilter(agency: agency), engine: StatusEngine(curriculum: curriculum), asOf: asOf,
            start: { [(OfficerTimeline, [ModuleStatusLine])]() }, add: { $0.append(($1.timeline, $2)) }
        ) { span in
            for (timeline, lines) in span { builder.add(timeline, statusLines: lines) }
        }
        builder.setCompletionsPerMonth(try store.countedCompletionsPerMonth(from: builder.firstCountedDay, through: asOf, agency: agency))
        return builder.build()
    }

    static func officerCount(_ session: Session, agency: String) throws -> Int {
        try session.reads(.visibleRecords).officerCount(OfficerFilter(statuses: OfficerFilter.notSeparated.statuses, agency: agency))
    }

    static func roster(_ session: Session, agency: String) throws -> [Officer] {
        try session.reads(.visibleRecords).officerRoster(agency: agency)
    }
}
