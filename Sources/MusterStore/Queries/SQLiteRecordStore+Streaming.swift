import GRDB
import MusterCore

/// SQLite's default BINARY collation orders text by UTF-8 bytes; merging its ordered results must compare
/// the same way (Swift's String ordering differs for some non-ASCII text).
func precedesInBinaryCollation(_ lhs: String, _ rhs: String) -> Bool {
    lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
}

/// A cursor decoded to values keyed by badge, with one value of look-ahead for merging.
struct BadgeRun<Value> {
    private let cursor: RowCursor
    private let decode: (Row) -> Value
    private let badgeOf: (Value) -> String
    private var pending: Value?
    /// The badge of `pending`, kept beside it: reading it through `pending.map` copied the whole value,
    /// retaining every string it holds, once per row.
    private var pendingBadge: String?
    /// Room made for a badge's values when it has any: enough for most officers' completions, so the array is
    /// not regrown (and its values moved) four or five times per officer.
    private let typicalCount: Int

    init(_ cursor: RowCursor, typicalCount: Int = 1, decode: @escaping (Row) -> Value, badge: @escaping (Value) -> String) throws {
        self.cursor = cursor
        self.decode = decode
        self.badgeOf = badge
        self.typicalCount = typicalCount
        try advance()
    }

    private mutating func advance() throws {
        guard let row = try cursor.next() else {
            (pending, pendingBadge) = (nil, nil)
            return
        }
        let value = decode(row)
        pendingBadge = badgeOf(value)
        pending = consume value
    }

    /// Every value for `badge`, skipping any for badges ordered before it.
    mutating func take(_ badge: String) throws -> [Value] {
        var values: [Value] = []
        while let valueBadge = pendingBadge {
            if valueBadge == badge {
                if values.isEmpty { values.reserveCapacity(typicalCount) }
                // Moved, not copied: a copy would retain every string the value holds, once per row.
                if let value = pending.take() { values.append(value) }
            } else if !precedesInBinaryCollation(valueBadge, badge) {
                break
            }
            try advance()
        }
        return values
    }
}

extension SQLiteRecordStore {
    public func forEachOfficerRecords(_ filter: OfficerFilter, _ body: (OfficerRecords) throws -> Void) throws {
        try forEachOfficerRecords(filter, completions: .all, body)
    }

    /// `forEachOfficerRecords`, handing over only the completions `scope` asks for, for the officers whose
    /// badges fall in `span` (so that several threads can each stream a part of the agency).
    public func forEachOfficerRecords(
        _ filter: OfficerFilter, completions scope: CompletionScope, within span: BadgeSpan = .all,
        _ body: (OfficerRecords) throws -> Void
    ) throws {
        try forEachOfficerRecords(filter, completions: scope, passes: nil, within: span) { records, _ in try body(records) }
    }

    /// `forEachOfficerRecords`, also handing over each officer's passed, non-voided completions as program passes
    /// keyed by `engine` (`ProgramPassRun`). Without a `scope` the records hold the officer and their facts alone
    /// (what program standings read besides the passes): no assignments, waivers or completions are read.
    public func forEachOfficerRecords(
        _ filter: OfficerFilter, completions scope: CompletionScope?, passes engine: ProgramEngine?,
        within span: BadgeSpan = .all, _ body: (OfficerRecords, [ProgramPass]) throws -> Void
    ) throws {
        let condition = filter.condition(byBadge: span != .all)
        let spanned = span.condition(column: "badge")
        func spanCondition(_ alias: String) -> [String] {
            span.condition(column: "\(alias).badge").map { [$0.sql] } ?? []
        }
        // The child tables are walked in badge order, and rows of officers the officer query leaves out are
        // skipped as the runs merge. Joining each row to its officer only pays when the filter keeps few of them
        // (a unit, a search); for a status filter, or none, the joins are pure overhead.
        let joinsOfficers = !filter.narrowsOnlyByStatus
        func scoped(_ table: String, _ alias: String, order: String, extra: String = "", columns: String? = nil) -> String {
            let selected = columns ?? "\(alias).*"
            let conditions = ([extra] + spanCondition(alias)).filter { !$0.isEmpty }
            if !joinsOfficers {
                let clause = conditions.isEmpty ? "" : "WHERE \(conditions.joined(separator: " AND "))"
                return "SELECT \(selected) FROM \(table) \(alias) \(clause) ORDER BY \(order)"
            }
            return """
                SELECT \(selected) FROM \(table) \(alias) JOIN officer o ON o.badge = \(alias).badge
                WHERE \(([condition.sql] + conditions).joined(separator: " AND ")) ORDER BY \(order)
                """
        }
        var childArguments = joinsOfficers ? condition.arguments : StatementArguments()
        var officerArguments = condition.arguments
        if let spanned {
            childArguments += spanned.arguments
            officerArguments += spanned.arguments
        }
        let officerCondition = ([condition.sql] + spanCondition("o")).joined(separator: " AND ")
        // The status cut, read whole (`StandingBasisRun`) or as compact rows (`CompactBasisRun`).
        let cutLatest = scoped("completion_latest", "l", order: "l.badge, l.module_id, l.module_version",
                               columns: CompletionRowDecoder.latestColumns)
        let cutFailed = scoped("completion", "c", order: "c.badge", extra: FailedAttemptIndex.condition("c."),
                               columns: CompletionRowDecoder.failedColumns)
        try read { db in
            var unitAssignments: [String: [Assignment]] = [:]
            let unitRows = scope == nil ? [] : try Row.fetchAll(db, sql: "SELECT * FROM assignment WHERE unit IS NOT NULL ORDER BY id")
            for row in unitRows {
                let assignment = RowDecoding.assignment(row)
                if case .unit(let unit) = assignment.assignee { unitAssignments[unit, default: []].append(assignment) }
            }
            let officers = try Row.fetchCursor(
                db, sql: OfficerColumn.select + " WHERE \(officerCondition) ORDER BY o.badge", arguments: officerArguments)
            var direct = try scope.map { _ in try BadgeRun(
                Row.fetchCursor(db, sql: scoped("assignment", "a", order: "a.badge, a.id", extra: "a.badge IS NOT NULL"),
                                arguments: childArguments),
                decode: RowDecoding.assignment,
                badge: { if case .officer(let badge) = $0.assignee { badge } else { "" } }) }
            // Status lines take their cut from the passes too (`PassCut`), so a status run reads the passes' blobs
            // even when it counts no program hours.
            var readsPasses = engine != nil
            if case .statusLines = scope { readsPasses = true }
            var passes = try readsPasses ? ProgramPassRun(
                db, sql: scoped(PassDigest.table, "d", order: "d.badge", columns: ProgramPassRun.columns),
                arguments: childArguments, engine: engine) : nil
            var history: BadgeRun<Completion>?
            var basis: StandingBasisRun?
            var compact: CompactBasisRun?
            switch scope {
            case nil:
                break
            case .all:
                var decoder = CompletionRowDecoder()
                let statement = try db.makeStatement(sql: scoped(
                    "completion", "c", order: "c.badge, c.module_id, c.completed_on, c.id", columns: CompletionRowDecoder.columns))
                history = try BadgeRun(
                    Row.fetchCursor(statement, arguments: childArguments), typicalCount: 32,
                    decode: { _ in decoder.decode(statement.sqliteStatement) }, badge: \.badge)
            case .standingBasis(let asOf, let engine):
                basis = try StandingBasisRun(
                    db, latest: cutLatest, failed: cutFailed, arguments: childArguments, asOf: asOf, engine: engine)
            case .statusLines(let asOf, let engine):
                // The cut's newest and earliest passes are worked out from the passes' blobs (`PassCut`), which
                // hold 100,000 officers' passes in as many rows, rather than read from `completion_latest`'s 1.7 M.
                compact = try CompactBasisRun(
                    db, failed: cutFailed, arguments: childArguments, asOf: asOf, engine: engine)
            case .countingPasses:
                var decoder = CompletionRowDecoder()
                let passes = try db.makeStatement(sql: scoped(
                    "completion", "c", order: "c.badge", extra: CountingPassIndex.condition("c."),
                    columns: CompletionRowDecoder.passColumns))
                history = try BadgeRun(
                    Row.fetchCursor(passes, arguments: childArguments), typicalCount: 32,
                    decode: { _ in decoder.decode(passes.sqliteStatement) }, badge: \.badge)
            }
            func completionsOf(_ badge: String) throws -> [Completion] {
                if let taken = try basis?.completions(of: badge) { return taken }
                return try history?.take(badge) ?? []
            }
            var waivers = try scope.map { _ in try BadgeRun(
                Row.fetchCursor(db, sql: scoped("waiver", "w", order: "w.badge, w.id"), arguments: childArguments),
                decode: RowDecoding.waiver, badge: \.badge) }
            var facts = try BadgeRun(
                Row.fetchCursor(db, sql: scoped("officer_fact", "f", order: "f.badge, f.on_date, f.id",
                                                columns: OfficerFactRow.columns(alias: "f")),
                                arguments: childArguments),
                decode: OfficerFactRow.decode, badge: { $0?.badge ?? "" })
            if let compact { passes?.cutting(by: compact.decoder) }
            while let row = try officers.next() {
                let officer = OfficerColumn.officer(row)
                var assignments = try direct?.take(officer.badge) ?? []
                if let unit = officer.unit, let shared = unitAssignments[unit] { assignments += shared }
                let officerFacts = try facts.take(officer.badge).compactMap { $0 }
                // The units they were in before, whose assignments the engine judges on the days they were there.
                for unit in OfficerFactRow.units(in: officerFacts).sorted() where unit != officer.unit {
                    assignments += unitAssignments[unit] ?? []
                }
                var records = OfficerRecords(officer: officer, assignments: assignments)
                let taken = try passes?.take(officer.badge)
                switch try compact?.completions(of: officer.badge, latest: taken?.cut ?? []) {
                case .compact(let rows): records.compactCompletions = rows
                case .whole(let completions): records.completions = completions
                case nil: records.completions = try completionsOf(officer.badge)
                }
                records.waivers = try waivers?.take(officer.badge) ?? []
                records.facts = officerFacts
                try body(records, taken?.passes ?? [])
            }
        }
    }

    /// Badges that cut the officers matching `filter` into spans of about `size` officers each, in order:
    /// the first span runs up to the first boundary, the last from the last boundary on.
    public func badgeBoundaries(_ filter: OfficerFilter, every size: Int) throws -> [String] {
        let condition = filter.condition()
        return try read { db in
            var boundaries: [String] = []
            let badges = try String.fetchCursor(
                db, sql: "SELECT o.badge FROM officer o WHERE \(condition.sql) ORDER BY o.badge", arguments: condition.arguments)
            var index = 0
            while let badge = try badges.next() {
                if index > 0, index % size == 0 { boundaries.append(badge) }
                index += 1
            }
            return boundaries
        }
    }

    /// The range of completion ids cut into pieces of `size` ids, in order, for reading the roster on several
    /// threads at once (`forEachRosterRow(_:ids:moduleVersions:_:)`); empty when there are no completions.
    public func completionIDSpans(every size: Int) throws -> [ClosedRange<Int64>] {
        let (first, last) = try read { db in
            let row = try Row.fetchOne(db, sql: "SELECT MIN(id), MAX(id) FROM completion")
            return (row?[0] as Int64?, row?[1] as Int64?)
        }
        guard let first, let last else { return [] }
        let step = max(1, size)
        return stride(from: first, through: last, by: step).map { $0...min($0 + Int64(step) - 1, last) }
    }

    /// The officer's columns a roster export row starts with, read back as its first four values.
    static let rosterOfficerColumns: [OfficerColumn] = [.badge, .lastName, .firstName, .unit]

    public func forEachRosterRow(
        _ filter: RosterExportFilter, ids: ClosedRange<Int64>?, moduleVersions: [Module]?,
        _ body: (RosterExportRow) throws -> Void
    ) throws {
        var conditions = ["c.voided_reason IS NULL"]
        var arguments = StatementArguments()
        if let ids {
            conditions.append("c.id BETWEEN ? AND ?")
            arguments += [ids.lowerBound, ids.upperBound]
        }
        if let moduleID = filter.moduleID {
            conditions.append("c.module_id = ?")
            arguments += [moduleID]
        }
        if let unit = filter.unit {
            conditions.append("o.unit = ?")
            arguments += [unit]
        }
        if let agency = filter.agency {
            let members = AgencyCondition.members(of: agency)
            conditions.append(members.sql)
            arguments += members.arguments
        }
        if filter.moduleID == nil, ids == nil, filter.from != nil || filter.to != nil {
            // Dates are searched in `completion_module_date` one module at a time; a piece of the id range is
            // searched by id instead.
            conditions.append("c.module_id IN (SELECT module_id FROM module_version)")
        }
        if let from = filter.from {
            conditions.append("c.completed_on >= ?")
            arguments += [from.iso]
        }
        if let to = filter.to {
            conditions.append("c.completed_on <= ?")
            arguments += [to.iso]
        }
        let sql = """
            SELECT \(OfficerColumn.list(Self.rosterOfficerColumns, alias: "o")), c.module_id, c.module_version,
                   c.completed_on, c.result, c.score, c.hours, c.instructor, o.post_id
            FROM completion c JOIN officer o ON o.badge = c.badge
            WHERE \(conditions.joined(separator: " AND ")) ORDER BY c.id
            """
        try read { db in
            var modules: [String: [ModuleVersion: Module]] = [:]
            for module in try moduleVersions ?? Self.moduleVersions(db) { modules[module.id, default: [:]][module.version] = module }
            // Raw (module id, version text) → module, so each row costs two hash lookups, not a parse.
            var resolved: [String: [String: Module?]] = [:]
            let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
            while let row = try rows.next() {
                let moduleID: String = row[4]
                let version: String = row[5]
                let completedOn = RowDecoding.date(row[6]) ?? CalendarDate(dayNumber: 0)
                let module: Module?
                if let hit = resolved[moduleID]?[version] {
                    module = hit
                } else {
                    module = ModuleVersion(version).flatMap { modules[moduleID]?[$0] }
                    resolved[moduleID, default: [:]][version] = .some(module)
                }
                let result = Completion.Result(rawValue: row[7] as String) ?? .fail
                try body(RosterExportRow(
                    badge: row[0], lastName: row[1], firstName: row[2], unit: row[3], moduleID: moduleID,
                    moduleTitle: module?.title ?? moduleID, moduleVersion: version, completedOn: completedOn,
                    result: result, score: row[8], hours: row[9], instructor: row[10],
                    expiresOn: result == .pass ? module?.validity.expiresOn(completedOn: completedOn) : nil,
                    postID: row[11]))
            }
        }
    }
}
