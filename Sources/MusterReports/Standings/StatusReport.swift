import MusterCore
import MusterStore

/// `muster status`'s rows: every officer's module or certification statuses as of a day, with the words
/// explaining each when asked for.
public struct StatusReport: Sendable {
    public let filter: OfficerFilter
    public let asOf: CalendarDate
    /// Certifications instead of modules.
    public let certifications: Bool
    /// Each row followed by its reason and notes.
    public let explain: Bool
    /// Only module rows of this origin; nil: every origin.
    public let origin: AssignmentOrigin?
    private let engine: StatusEngine
    /// Each row's officer named after the badge (`name`, `unit` on the day): for tables people read. CSV and
    /// JSON keep their columns, whose places are a contract.
    public var withNames = false

    public init(curriculum: Curriculum, filter: OfficerFilter, asOf: CalendarDate, certifications: Bool, explain: Bool,
                origin: AssignmentOrigin? = nil) {
        engine = StatusEngine(curriculum: curriculum)
        self.origin = origin
        self.filter = filter.asOfADay
        self.asOf = asOf
        self.certifications = certifications
        self.explain = explain
    }

    public var columns: [String] {
        (certifications
            ? ["badge", "certification", "status", "certified_until", "certified_through"]
            : ["badge", "module", "status", "completed_on", "expires_on", "due_on", "valid_through", "origin"])
            .inserting(withNames ? ["name", "unit"] : [], at: 1)
            + (explain ? ["reason", "notes"] : [])
    }

    /// Whether `forEachEncodedSpan` and `forEachSpan` can write the report: module statuses without explanations.
    public var encodesInSpans: Bool { !certifications && !explain }

    /// The rows judged and encoded as `encoding` on every core, handed to `body` span by span in badge order.
    public func forEachEncodedSpan(from store: SQLiteRecordStore, as encoding: EncodedRows.Format,
                                   _ body: (EncodedRows) throws -> Void) throws {
        try forEachSpan(from: store, rows: { EncodedRows(encoding) }, body)
    }

    /// The rows judged and written into `rows` on every core (a table's rows as text, say), handed to `body` span
    /// by span in badge order.
    public func forEachSpan<Rows: RowBuilder & Sendable>(
        from store: SQLiteRecordStore, rows: @escaping @Sendable () -> Rows, _ body: (Rows) throws -> Void
    ) throws where Rows.Run: Sendable {
        precondition(encodesInSpans, "only module statuses without explanations are written in spans")
        try StandingStream.forEachSpanOfStatusLines(
            store, filter, engine: engine, asOf: asOf, start: { SpelledStatusRows(rows()) },
            add: { [asOf, origin, withNames] spelled, records, lines in
                guard filter.keeps(records, on: asOf) else { return }
                spelled.write(records.officer.badge,
                              names: { withNames ? [records.officer.displayName, records.timeline.unit(on: asOf)] : [] },
                              lines, origin: origin)
            }) { try body($0.rows) }
    }

    /// Every row in badge order, each with the words explaining it (worded only when asked for).
    public func forEachRow(
        from store: SQLiteRecordStore, _ body: (_ row: [String?], _ reasons: @autoclosure () -> [String]) throws -> Void
    ) throws {
        // Explanations list every attempt; statuses alone need only the completions that can decide them.
        let scope: CompletionScope = explain ? .all : .standingBasis(asOf: asOf, engine: engine)
        try StandingStream.forEach(store, filter, engine: engine, asOf: asOf, completions: scope,
                                   certifications: certifications) { records, standing in
            // Judged by who served on the day, not by today's status: an officer separated since still counts.
            guard filter.keeps(records, on: asOf) else { return }
            let names: [String?] = withNames ? [records.officer.displayName, records.timeline.unit(on: asOf)] : []
            try forEachRow(records, standing, names: names, body)
        }
    }

    /// `names` (the officer's name and unit, or nothing) go after the badge.
    private func forEachRow(
        _ records: OfficerRecords, _ standing: OfficerStanding, names: [String?],
        _ body: (_ row: [String?], _ reasons: @autoclosure () -> [String]) throws -> Void
    ) rethrows {
        if certifications {
            for certification in standing.certifications {
                try body([records.officer.badge] + names + [certification.certificationID, certification.status.rawValue,
                          certification.certifiedUntil?.iso, certification.certifiedThrough?.iso],
                         [certification.reason] + certification.notes)
            }
        } else {
            // By index, not `for module in`: copying each standing's arrays costs more than printing it.
            for index in standing.modules.indices where origin.map({ standing.modules[index].origin == $0 }) ?? true {
                try body(Self.moduleRow(records.officer.badge, standing.modules[index].line).inserting(names, at: 1),
                         [standing.modules[index].reason] + standing.modules[index].notes)
            }
        }
    }

    /// A module status row: badge, module, status, completed_on, expires_on, due_on, valid_through, origin (each
    /// appended last: the first six columns' places are a contract), spelled as `SpelledStatusRows` writes it in
    /// spans, for the paths that add explanations to it.
    private static func moduleRow(_ badge: String, _ line: ModuleStatusLine) -> [String?] {
        var row = SpelledStatusRows(TextRows())
        row.write(badge, [line])
        return row.rows.rows[0]
    }
}

extension Array {
    /// A copy with `elements` inserted before `index`.
    fileprivate func inserting(_ elements: [Element], at index: Int) -> [Element] {
        var copy = self
        copy.insert(contentsOf: elements, at: index)
        return copy
    }
}
