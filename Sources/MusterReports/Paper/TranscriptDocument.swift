import MusterCore
import MusterStore

/// An officer's training transcript: where each requirement stands as of a day, every completion on record
/// (voided ones marked) and every waiver.
public struct TranscriptDocument: Sendable {
    public var officer: Officer
    public var asOf: CalendarDate
    public var serving: Bool
    public var standings: [ModuleStanding]
    public var completions: [Completion]
    public var waivers: [Waiver]
    public var titles: [String: String]

    /// Reads and judges the officer as of `asOf`.
    public static func load(from store: SQLiteRecordStore, curriculum: Curriculum, badge: String,
                            asOf: CalendarDate) throws -> TranscriptDocument? {
        guard let officer = try store.officer(badge: badge) else { return nil }
        let engine = StatusEngine(curriculum: curriculum)
        var standings: [ModuleStanding] = []
        var serving = false
        try StandingStream.forEach(store, OfficerFilter(badge: officer.badge), engine: engine, asOf: asOf,
                                   certifications: false) { records, standing in
            serving = records.timeline.serves(on: asOf)
            if serving { standings = standing.modules }
        }
        let titles = Dictionary(curriculum.modules.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        return TranscriptDocument(officer: officer, asOf: asOf, serving: serving, standings: standings,
                                  completions: try store.completions(badge: officer.badge).map(\.completion),
                                  waivers: try store.waivers(badge: officer.badge), titles: titles)
    }

    public func html(generatedOn today: CalendarDate) -> String {
        PaperHTML.document(title: "Transcript \(officer.badge)",
                           footer: "Muster transcript · \(officer.lastName), \(officer.firstName) · badge \(officer.badge) · printed \(today.iso)") { page in
            page.element(.h1, "Training transcript")
            page.element(.p, "\(officer.lastName), \(officer.firstName) — badge \(officer.badge)", class: "name")
            page.element(.p, "Unit: \(officer.unit ?? "—")   Rank: \(officer.rank ?? "—")   Hired: \(officer.hireDate?.iso ?? "—")   "
                         + "Status: \(officer.status.rawValue)", class: "meta")
            page.element(.h2, "Requirements as of \(asOf.iso)")
            if !serving {
                page.element(.p, "Not serving on \(asOf.iso): no requirements are judged for that day.")
            } else if standings.isEmpty {
                page.element(.p, "No requirements on \(asOf.iso).")
            } else {
                page.table(head: ["Module", "Title", "Status", "Completed", "Valid through", "Due"], rows: standings.map {
                    [$0.moduleID, title($0.moduleID), $0.status.rawValue, $0.completedOn?.iso ?? "",
                     $0.validThrough?.iso ?? "", $0.dueOn?.iso ?? ""]
                }, nowrap: [0, 2, 3, 4, 5])
            }
            page.element(.h2, "Completions on record")
            if completions.isEmpty {
                page.element(.p, "No completions recorded.")
            } else {
                page.table(head: ["Date", "Module", "Title", "Version", "Result", "Score", "Hours", "Instructor", "Note"],
                           rows: completions.sorted { ($0.completedOn, $0.id) < ($1.completedOn, $1.id) }.map {
                    [$0.completedOn.iso, $0.moduleID, title($0.moduleID), $0.moduleVersion.description, $0.result.rawValue,
                     $0.score.map(String.init) ?? "", $0.hours.map { String($0) } ?? "", $0.instructor ?? "",
                     $0.voidReason.map { "VOIDED: \($0)" } ?? ""]
                }, nowrap: [0, 1, 3, 4])
            }
            page.element(.h2, "Waivers")
            if waivers.isEmpty {
                page.element(.p, "No waivers.")
            } else {
                page.table(head: ["Module", "From", "Until", "Reason"], rows: waivers.map {
                    [$0.moduleID, $0.from.iso, $0.until?.iso ?? "open-ended", $0.reason]
                }, nowrap: [0, 1, 2])
            }
        }
    }

    private func title(_ moduleID: String) -> String { titles[moduleID] ?? "" }
}
