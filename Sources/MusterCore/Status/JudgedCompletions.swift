/// An officer's completions as the status rules read them, one field at a time by index: the whole
/// `[Completion]` (explanations, and any caller), or the compact rows a status run decodes
/// (`CompactCompletions`). Each rule (`CompletionJudge.verdict`, `ModuleRequirement.judge`, `cutVerdict`,
/// `OfficerDay.own`) is written once over this and specialised for both.
protocol JudgedCompletions {
    /// What tells modules apart: the module id, or the engine's rank of it.
    associatedtype ModuleKey: Equatable

    var indices: Range<Int> { get }
    /// The key of the module `moduleID`, whose versions `history` holds (nil: not in the curriculum).
    func key(_ moduleID: String, _ history: ModuleHistory?) -> ModuleKey
    /// The key of the `position`th of `version.prerequisites`.
    func prerequisiteKey(_ version: VersionTerms, _ position: Int) -> ModuleKey
    func moduleKey(_ index: Int) -> ModuleKey
    func isModule(_ index: Int, _ key: ModuleKey) -> Bool
    /// The module id of the completion at `index`, whose module's versions are `history`.
    func moduleID(_ index: Int, _ history: ModuleHistory?) -> String
    /// The versions of the completion's module; nil when the curriculum does not hold it.
    func history(_ index: Int, in engine: StatusEngine) -> ModuleHistory?
    /// The completion's version among `history`'s; nil when it is not a loaded version.
    func terms(_ index: Int, _ history: ModuleHistory) -> VersionTerms?
    func moduleVersion(_ index: Int, _ history: ModuleHistory) -> ModuleVersion
    func completedOn(_ index: Int) -> CalendarDate
    func id(_ index: Int) -> Int64
    func passed(_ index: Int) -> Bool
    func voidReason(_ index: Int) -> String?
    func hours(_ index: Int) -> Double?
    /// Whether the completion is `badge`'s own.
    func isOwn(_ index: Int, by badge: String) -> Bool
}

extension JudgedCompletions {
    func isVoided(_ index: Int) -> Bool { voidReason(index) != nil }
}

/// The whole history, fields read in place: copying a completion out of the array retains every text it holds.
extension Array: JudgedCompletions where Element == Completion {
    func key(_ moduleID: String, _ history: ModuleHistory?) -> String { moduleID }
    func prerequisiteKey(_ version: VersionTerms, _ position: Int) -> String { version.prerequisites[position] }
    func moduleKey(_ index: Int) -> String { self[index].moduleID }

    /// Comparing lengths first settles most other modules' completions without a string comparison.
    func isModule(_ index: Int, _ key: String) -> Bool {
        self[index].moduleID.utf8.count == key.utf8.count && self[index].moduleID == key
    }

    func moduleID(_ index: Int, _ history: ModuleHistory?) -> String { self[index].moduleID }
    func history(_ index: Int, in engine: StatusEngine) -> ModuleHistory? { engine.histories[self[index].moduleID] }
    func terms(_ index: Int, _ history: ModuleHistory) -> VersionTerms? { history.version(self[index].moduleVersion) }
    func moduleVersion(_ index: Int, _ history: ModuleHistory) -> ModuleVersion { self[index].moduleVersion }
    func completedOn(_ index: Int) -> CalendarDate { self[index].completedOn }
    func id(_ index: Int) -> Int64 { self[index].id }
    func passed(_ index: Int) -> Bool { self[index].result == .pass }
    func voidReason(_ index: Int) -> String? { self[index].voidReason }
    func hours(_ index: Int) -> Double? { self[index].hours }
    func isOwn(_ index: Int, by badge: String) -> Bool { self[index].badge == badge }
}
