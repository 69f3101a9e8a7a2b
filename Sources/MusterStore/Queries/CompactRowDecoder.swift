import GRDB
import GRDBSQLite
import MusterCore

/// Decodes what a status run reads (its failed attempts, `CompletionRowDecoder.failedColumns`, and the passes
/// its cut is worked out from, `PassCut`) into compact rows (`CompactCompletion`): the module as the engine's rank
/// and the version as its ordinal, found by the bytes, so that no completion holds a text. A row of a module or
/// version the engine does not hold is kept whole aside (`irregular`), and its officer judged from whole
/// completions.
/// One decoder per read, used on the reading thread only: its fields go unchecked for overlapping access, which
/// checking cost a few percent of a status run.
final class CompactRowDecoder {
    /// The engine's module ranks by id, and its histories by rank, kept apart from the engine: copying the engine
    /// for each row retained every table it holds.
    private let ranks: [String: Int32]
    let histories: RankedHistories
    private let sharedIDs: [String: String]
    @exclusivity(unchecked) private var modules = InternedTexts<Int32>()
    /// Each version text met, numbered in order; `ordinals` holds the ordinal of text `t` in module `m` at
    /// `t * moduleCount + m` (-2 until looked up, -1 when the module has no such version).
    @exclusivity(unchecked) private var versions = InternedTexts<Int32>()
    @exclusivity(unchecked) private var versionTexts: [ModuleVersion] = []
    @exclusivity(unchecked) private var ordinals: [Int32] = []
    private let moduleCount: Int
    /// The most versions any module has.
    private let maxVersions: Int
    @exclusivity(unchecked) private var badge = InternedTexts<String>(capacity: 1)
    /// The rows the compact form cannot hold, by the index their compact row's `version` gives (its `module` is -1).
    @exclusivity(unchecked) private(set) var irregular: [Completion] = []

    init(engine: StatusEngine) {
        histories = engine.ranked
        var ranks: [String: Int32] = [:]
        var sharedIDs: [String: String] = [:]
        for module in engine.curriculum.moduleVersions {
            ranks[module.id] = engine.moduleRank(module.id)
            sharedIDs[module.id] = engine.sharedModuleID(module.id)
        }
        self.ranks = ranks
        self.sharedIDs = sharedIDs
        moduleCount = max(1, ranks.count)
        maxVersions = max(1, engine.ranked.mostVersions)
    }

    /// The failed attempt in the statement's current row, selected with `CompletionRowDecoder.failedColumns`.
    func decodeFailed(_ statement: SQLiteStatement) -> (badge: String, row: CompactCompletion) {
        let badge = badge.value(statement, 1) { $0 }
        let passed = CompletionRowDecoder.bytes(statement, 5)?.first == UInt8(ascii: "p")
        return (badge, compact(statement, badge: badge, id: sqlite3_column_int64(statement, 0),
                               completedOn: CompletionRowDecoder.date(statement, 4), hours: nil, passed: passed))
    }

    /// The row of the completion in the statement's current row, whose module id and version text are its third
    /// and fourth columns (as in every statement this decodes, and `ProgramPassRun.columns`).
    func compact(
        _ statement: SQLiteStatement, badge: String, id: Int64, completedOn: CalendarDate, hours: Double?, passed: Bool
    ) -> CompactCompletion {
        compact(module: ProgramPassRun.bytes(statement, 2), version: ProgramPassRun.bytes(statement, 3), badge: badge,
                id: id, completedOn: completedOn, hours: hours, passed: passed)
    }

    /// `compact` for a completion whose module id and version text are given as bytes (`pass_digest`'s pairs).
    func compact(
        module moduleBytes: UnsafeBufferPointer<UInt8>, version versionBytes: UnsafeBufferPointer<UInt8>, badge: String,
        id: Int64, completedOn: CalendarDate, hours: Double?, passed: Bool
    ) -> CompactCompletion {
        let (module, text, ordinal) = lookUp(moduleBytes, versionBytes)
        if ordinal >= 0 {
            return CompactCompletion(id: id, completedOn: completedOn, hours: hours, module: module, version: ordinal, passed: passed)
        }
        let moduleID = String(decoding: moduleBytes, as: UTF8.self)
        irregular.append(Completion(
            id: id, badge: badge, moduleID: sharedIDs[moduleID] ?? moduleID, moduleVersion: versionTexts[Int(text)],
            completedOn: completedOn, result: passed ? .pass : .fail, hours: hours))
        return CompactCompletion(id: id, completedOn: completedOn, hours: hours, module: -1,
                                 version: Int32(irregular.count - 1), passed: passed)
    }
}

extension CompactRowDecoder {
    /// The rank and version ordinal a regular row of this module id and version gets (`compact`), nil for a
    /// module or version the engine does not hold.
    func regularKey(module: UnsafeBufferPointer<UInt8>, version: UnsafeBufferPointer<UInt8>) -> (module: Int32, version: Int32)? {
        let (module, _, ordinal) = lookUp(module, version)
        return ordinal >= 0 ? (module, ordinal) : nil
    }

    /// Slots enough for every (rank, version ordinal) pair a regular row may have (`slot`).
    var keySlots: Int { moduleCount * maxVersions }

    func slot(_ module: Int32, _ version: Int32) -> Int { Int(module) * maxVersions + Int(version) }

    /// The module's rank (-1 unknown), the version text's number, and the version's ordinal (-1 unknown).
    private func lookUp(
        _ moduleBytes: UnsafeBufferPointer<UInt8>, _ versionBytes: UnsafeBufferPointer<UInt8>
    ) -> (module: Int32, text: Int32, ordinal: Int32) {
        let module = modules.value(moduleBytes) { ranks[$0] ?? -1 }
        let text = versions.value(versionBytes) { text in
            versionTexts.append(ModuleVersion(text) ?? ModuleVersion("0")!)
            ordinals.append(contentsOf: repeatElement(-2, count: moduleCount))
            return Int32(versionTexts.count - 1)
        }
        guard module >= 0 else { return (module, text, -1) }
        let slot = Int(text) * moduleCount + Int(module)
        if ordinals[slot] == -2 {
            ordinals[slot] = histories.versionOrdinal(module: module, versionTexts[Int(text)]) ?? -1
        }
        return (module, text, ordinals[slot])
    }
}

/// A `completion_latest` row as `LatestRow`, its completions compact.
struct CompactLatestRow {
    var badge: String
    var newest: CompactCompletion
    var earliestID: Int64
    var earliestOn: CalendarDate
    var earliestHours: Double?

    /// The key's earliest counting completion.
    var earliest: CompactCompletion {
        var earliest = newest
        (earliest.id, earliest.completedOn, earliest.hours) = (earliestID, earliestOn, earliestHours)
        return earliest
    }
}
