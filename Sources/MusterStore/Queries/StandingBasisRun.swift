import GRDB
import MusterCore

/// An officer's cut history as a status run reads it (`CompletionScope.standingBasis`), merged by badge from two
/// cursors: their `completion_latest` rows and their failed attempts. The earliest pass of a prerequisite renewed
/// since the pass that needs it comes from the same rows (each key's earliest, `CompletionLatestRule`), so only
/// a module the cut cannot decide (a pass too short or after the day) is sought among the completions.
struct StandingBasisRun {
    private var latest: BadgeRun<LatestRow>
    private var failures: BadgeRun<Completion>
    private let moduleHistory: Statement
    private let decode: (SQLiteStatement) -> Completion
    private let asOf: CalendarDate
    private let engine: StatusEngine

    /// `latest` selects `CompletionRowDecoder.latestColumns` and `failed` its `failedColumns`, both by badge.
    init(_ db: Database, latest latestSQL: String, failed failedSQL: String, arguments: StatementArguments,
         asOf: CalendarDate, engine: StatusEngine) throws {
        // One decoder for the three statements: they share its module ids and versions.
        var decoder = CompletionRowDecoder(judgedBy: engine)
        let latestStatement = try db.makeStatement(sql: latestSQL)
        latest = try BadgeRun(
            Row.fetchCursor(latestStatement, arguments: arguments), typicalCount: 32,
            decode: { _ in decoder.decodeLatest(latestStatement.sqliteStatement) }, badge: \.newest.badge)
        let failedStatement = try db.makeStatement(sql: failedSQL)
        failures = try BadgeRun(
            Row.fetchCursor(failedStatement, arguments: arguments),
            decode: { _ in decoder.decode(failedStatement.sqliteStatement) }, badge: \.badge)
        moduleHistory = try Self.moduleHistoryStatement(db)
        decode = { decoder.decode($0) }
        self.asOf = asOf
        self.engine = engine
    }

    /// The completions of `badge` that decide their statuses (`CompletionScope.standingBasis`), skipping the rows
    /// of badges ordered before it.
    mutating func completions(of badge: String) throws -> [Completion] {
        let rows = try latest.take(badge)
        var taken: [Completion] = []
        taken.reserveCapacity(rows.count + 2)
        for index in rows.indices { taken.append(rows[index].newest) }
        let failed = try failures.take(badge)
        if !failed.isEmpty { taken += failed }
        return try Self.resolve(badge, rows: rows, taken: taken, verdict: engine.cutVerdict(taken, asOf: asOf),
                                moduleHistory: moduleHistory, decode: decode)
    }

    /// `taken`, the cut of `badge` (`rows` and their failed attempts), with what `verdict` says it needs.
    static func resolve(
        _ badge: String, rows: [LatestRow], taken: [Completion], verdict: CutVerdict, moduleHistory: Statement,
        decode: (SQLiteStatement) -> Completion
    ) throws -> [Completion] {
        switch verdict {
        case .decisive:
            return taken
        case .needsEarliestPasses(let modules):
            return taken + Self.earliestPasses(of: modules, in: rows)
        case .needsModuleHistories(let modules, let earliestPasses):
            // Only the modules the cut cannot decide are sought, each its whole history in place of its cut.
            var read = taken.filter { !modules.contains($0.moduleID) }
            for moduleID in modules {
                let cursor = try Row.fetchCursor(moduleHistory, arguments: [badge, moduleID])
                while try cursor.next() != nil { read.append(decode(moduleHistory.sqliteStatement)) }
            }
            return read + Self.earliestPasses(of: earliestPasses, in: rows)
        }
    }

    /// The statement reading one officer's whole history of one module, as `resolve` seeks it.
    static func moduleHistoryStatement(_ db: Database) throws -> Statement {
        try db.makeStatement(sql: """
            SELECT \(CompletionRowDecoder.columns) FROM completion c
            WHERE c.badge = ? AND c.module_id = ? ORDER BY c.completed_on, c.id
            """)
    }

    /// Each module's earliest pass: the earliest of its versions' earliest (`StandingBasis.earliestPass`).
    private static func earliestPasses(of modules: [String], in rows: [LatestRow]) -> [Completion] {
        modules.compactMap { moduleID in
            earliestRow(in: rows) { rows[$0].newest.moduleID == moduleID }.map { rows[$0].earliest }
        }
    }

    /// The index of the row, among those `isModule` picks (by index: a row copied out retains its texts), whose
    /// key's earliest pass comes first (earliest day, then lowest id); the rule both cut readers apply.
    static func earliestRow<Row: EarliestPassKeyed>(in rows: [Row], where isModule: (Int) -> Bool) -> Int? {
        var first: Int?
        for index in rows.indices where isModule(index) {
            if let known = first,
               (rows[known].earliestOn, rows[known].earliestID) <= (rows[index].earliestOn, rows[index].earliestID) {
                continue
            }
            first = index
        }
        return first
    }
}

/// A `completion_latest` row as a cut reader holds it: what orders its key's earliest pass.
protocol EarliestPassKeyed {
    var earliestOn: CalendarDate { get }
    var earliestID: Int64 { get }
}

extension LatestRow: EarliestPassKeyed {}
extension CompactLatestRow: EarliestPassKeyed {}
