import MusterCore

/// One loaded version of a module, with the version text completions store: looked up once per transaction and
/// shared by reference, so a roster row carries one pointer instead of a Module copy.
final class LoadedModule: Sendable {
    let module: Module
    let versionText: String
    /// The module's number among the modules the transaction has looked up (a small integer key); every version
    /// of one module shares it, since a version does not make two attempts different (`CompletionAttempt`).
    let ordinal: Int32

    init(_ module: Module, ordinal: Int32) {
        self.module = module
        self.versionText = module.version.description
        self.ordinal = ordinal
    }
}

/// Every loaded version of one module, oldest first: what a completion's version is chosen from.
final class LoadedVersions: Sendable {
    let versions: [LoadedModule]
    private let modules: [Module]

    /// `modules` are one module's versions, at least one.
    init(_ modules: [Module], ordinal: Int32) {
        self.modules = modules.sorted { $0.version < $1.version }
        versions = self.modules.map { LoadedModule($0, ordinal: ordinal) }
    }

    var newest: LoadedModule { versions[versions.count - 1] }

    /// The version a completion dated `day` is recorded against (`RecordRules.completionVersion`).
    func forCompletion(named: ModuleVersion?, on day: CalendarDate) throws(RuleViolation) -> LoadedModule {
        let chosen = try RecordRules.completionVersion(named: named, completedOn: day, among: modules)
        return versions.first { $0.module.version == chosen.version } ?? newest
    }
}
