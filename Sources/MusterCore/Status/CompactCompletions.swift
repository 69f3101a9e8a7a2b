/// One counting or failed completion as a status run judges it: plain numbers only, so that holding, copying and
/// sorting it retains nothing. The module is the engine's rank of it and the version its place among the
/// module's loaded versions (`StatusEngine.moduleRank`, `versionOrdinal`); it is never voided.
public struct CompactCompletion: Sendable, Equatable {
    public var id: Int64
    public var completedOn: CalendarDate
    public var hours: Double?
    public var module: Int32
    public var version: Int32
    public var passed: Bool

    public init(id: Int64, completedOn: CalendarDate, hours: Double?, module: Int32, version: Int32, passed: Bool) {
        self.id = id
        self.completedOn = completedOn
        self.hours = hours
        self.module = module
        self.version = version
        self.passed = passed
    }
}

/// An officer's non-voided completions of loaded module versions, as compact rows (`CompactCompletion`), which
/// the status rules judge like the whole `[Completion]` (`JudgedCompletions`) without a text on the hot path.
/// A reader hands these instead of `OfficerRecords.completions` only where it knows every row is the officer's own.
public struct CompactCompletions: Sendable, Equatable {
    public var rows: [CompactCompletion]
    /// The engine's histories by rank, for the rows' modules: shared by every officer's rows.
    private let histories: RankedHistories

    public init(_ rows: [CompactCompletion], engine: StatusEngine) {
        self.init(rows, histories: engine.ranked)
    }

    /// `histories`: the engine's (`StatusEngine.ranked`), kept by a reader so that each officer's rows cost no
    /// copy of the engine.
    public init(_ rows: [CompactCompletion], histories: RankedHistories) {
        self.rows = rows
        self.histories = histories
    }

    /// `completions` (one officer's) as compact rows; nil when one is voided or of a module or version the
    /// engine does not hold, which only the whole `[Completion]` can say.
    public init?(_ completions: [Completion], engine: StatusEngine) {
        var rows: [CompactCompletion] = []
        rows.reserveCapacity(completions.count)
        for completion in completions {
            guard completion.voidReason == nil, let module = engine.moduleRank(completion.moduleID),
                  let version = engine.versionOrdinal(module: module, completion.moduleVersion) else { return nil }
            rows.append(CompactCompletion(id: completion.id, completedOn: completion.completedOn, hours: completion.hours,
                                          module: module, version: version, passed: completion.result == .pass))
        }
        self.init(rows, engine: engine)
    }

    /// The rows as `badge`'s completions, without score, instructor or session.
    public func completions(of badge: String) -> [Completion] {
        rows.map { row in
            let history = histories.byRank[Int(row.module)]
            return Completion(id: row.id, badge: badge, moduleID: history.id, moduleVersion: history.versions[Int(row.version)].version,
                              completedOn: row.completedOn, result: row.passed ? .pass : .fail, hours: row.hours)
        }
    }

    /// The module id of a rank, for the rows of a `CutVerdict`.
    public func moduleID(rank: Int32) -> String { histories.byRank[Int(rank)].id }

    public static func == (lhs: CompactCompletions, rhs: CompactCompletions) -> Bool { lhs.rows == rhs.rows }
}

extension CompactCompletions: JudgedCompletions {
    var indices: Range<Int> { rows.indices }
    func key(_ moduleID: String, _ history: ModuleHistory?) -> Int32 { history.map { Int32($0.rank) } ?? -1 }
    func prerequisiteKey(_ version: VersionTerms, _ position: Int) -> Int32 { version.prerequisiteRanks[position] }
    func moduleKey(_ index: Int) -> Int32 { rows[index].module }
    func isModule(_ index: Int, _ key: Int32) -> Bool { rows[index].module == key }
    func moduleID(_ index: Int, _ history: ModuleHistory?) -> String { histories.byRank[Int(rows[index].module)].id }
    func history(_ index: Int, in engine: StatusEngine) -> ModuleHistory? { histories.byRank[Int(rows[index].module)] }
    func terms(_ index: Int, _ history: ModuleHistory) -> VersionTerms? { history.versions[Int(rows[index].version)] }
    func moduleVersion(_ index: Int, _ history: ModuleHistory) -> ModuleVersion { history.versions[Int(rows[index].version)].version }
    func completedOn(_ index: Int) -> CalendarDate { rows[index].completedOn }
    func id(_ index: Int) -> Int64 { rows[index].id }
    func passed(_ index: Int) -> Bool { rows[index].passed }
    func voidReason(_ index: Int) -> String? { nil }
    func hours(_ index: Int) -> Double? { rows[index].hours }
    /// The reader grouped the rows by badge.
    func isOwn(_ index: Int, by badge: String) -> Bool { true }
}

/// The engine's module histories in rank order, boxed once per engine.
public final class RankedHistories: Sendable {
    let byRank: [ModuleHistory]

    init(_ histories: some Sequence<ModuleHistory>) {
        byRank = histories.sorted { $0.rank < $1.rank }
    }

    /// The most loaded versions any module has: how many version ordinals a reader must make room for.
    public var mostVersions: Int { byRank.map(\.versions.count).max() ?? 0 }

    /// As `StatusEngine.versionOrdinal`.
    public func versionOrdinal(module: Int32, _ version: ModuleVersion) -> Int32? {
        byRank[Int(module)].versions.firstIndex { $0.version == version }.map(Int32.init)
    }
}

extension StatusEngine {
    /// The engine's rank of a module (its place among the curriculum's module ids in text order); nil for a module
    /// the curriculum does not hold.
    public func moduleRank(_ moduleID: String) -> Int32? {
        histories[moduleID].map { Int32($0.rank) }
    }

    /// The place of `version` among the loaded versions of the module ranked `module`, oldest first; nil when it
    /// is not loaded.
    public func versionOrdinal(module: Int32, _ version: ModuleVersion) -> Int32? {
        ranked.versionOrdinal(module: module, version)
    }

}
