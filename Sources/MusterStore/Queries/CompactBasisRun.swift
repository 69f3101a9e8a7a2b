import GRDB
import MusterCore

/// `StandingBasisRun` for a read of status lines only (`CompletionScope.statusLines`): the same rows, decoded
/// into compact rows (`CompactRowDecoder`) and judged by the engine without a text per completion. An officer
/// whose cut needs a module's whole history, or who has a row the compact form cannot hold, gets whole
/// completions as `StandingBasisRun` reads them.
struct CompactBasisRun {
    /// What one officer's read gives: compact rows, or whole completions where those cannot serve.
    enum Completions {
        case compact(CompactCompletions)
        case whole([Completion])
    }

    private var failures: BadgeRun<(badge: String, row: CompactCompletion)>
    let decoder: CompactRowDecoder
    private let moduleHistory: Statement
    private let decode: (SQLiteStatement) -> Completion
    private let asOf: CalendarDate
    private let engine: StatusEngine

    /// As `StandingBasisRun.init`, but each officer's `completion_latest` rows are handed to
    /// `completions(of:latest:)`, worked out from their passes (`PassCut`) with `decoder`.
    init(_ db: Database, failed failedSQL: String, arguments: StatementArguments, asOf: CalendarDate,
         engine: StatusEngine) throws {
        let decoder = CompactRowDecoder(engine: engine)
        self.decoder = decoder
        let failedStatement = try db.makeStatement(sql: failedSQL)
        failures = try BadgeRun(
            Row.fetchCursor(failedStatement, arguments: arguments),
            decode: { _ in decoder.decodeFailed(failedStatement.sqliteStatement) }, badge: \.badge)
        moduleHistory = try StandingBasisRun.moduleHistoryStatement(db)
        var wholeDecoder = CompletionRowDecoder(judgedBy: engine)
        decode = { wholeDecoder.decode($0) }
        self.asOf = asOf
        self.engine = engine
    }

    /// `rows`: the officer's `completion_latest` rows, worked out from their passes.
    mutating func completions(of badge: String, latest rows: [CompactLatestRow]) throws -> Completions {
        let failed = try failures.take(badge)
        var taken: [CompactCompletion] = []
        taken.reserveCapacity(rows.count + failed.count + 2)
        var regular = true
        for index in rows.indices {
            taken.append(rows[index].newest)
            regular = regular && rows[index].newest.module >= 0
        }
        for index in failed.indices {
            taken.append(failed[index].row)
            regular = regular && failed[index].row.module >= 0
        }
        guard regular else { return .whole(try whole(badge, rows, taken, verdict: nil)) }
        var compact = CompactCompletions(taken, histories: decoder.histories)
        let verdict = engine.cutVerdict(compact, asOf: asOf)
        switch verdict {
        case .decisive:
            return .compact(compact)
        case .needsEarliestPasses(let modules):
            for moduleID in modules {
                guard let rank = engine.moduleRank(moduleID) else { continue }
                // The earliest of the module's versions' earliest (`StandingBasis.earliestPass`).
                if let first = StandingBasisRun.earliestRow(in: rows, where: { rows[$0].newest.module == rank }) {
                    compact.rows.append(rows[first].earliest)
                }
            }
            return .compact(compact)
        case .needsModuleHistories:
            return .whole(try whole(badge, rows, taken, verdict: verdict))
        }
    }

    /// The officer's cut as whole completions, resolved as `StandingBasisRun` does; `verdict` nil: not yet given.
    private func whole(_ badge: String, _ rows: [CompactLatestRow], _ taken: [CompactCompletion], verdict: CutVerdict?) throws -> [Completion] {
        let completions = taken.map { completion(badge, $0) }
        let latestRows = rows.map { row in
            LatestRow(newest: completion(badge, row.newest), earliestID: row.earliestID, earliestOn: row.earliestOn,
                      earliestHours: row.earliestHours)
        }
        return try StandingBasisRun.resolve(
            badge, rows: latestRows, taken: completions, verdict: verdict ?? engine.cutVerdict(completions, asOf: asOf),
            moduleHistory: moduleHistory, decode: decode)
    }

    private func completion(_ badge: String, _ row: CompactCompletion) -> Completion {
        if row.module < 0 { return decoder.irregular[Int(row.version)] }
        return CompactCompletions([row], histories: decoder.histories).completions(of: badge)[0]
    }
}
