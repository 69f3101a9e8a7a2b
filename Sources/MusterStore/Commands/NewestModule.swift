import MusterCore

/// A module's newest loaded version, with the version text completions store: looked up once per
/// transaction and shared by reference, so a roster row carries one pointer instead of a Module copy.
final class NewestModule: Sendable {
    let module: Module
    let versionText: String
    /// Its number among the modules the transaction has looked up (a small integer key).
    let ordinal: Int32

    init(_ module: Module, ordinal: Int32) {
        self.module = module
        self.versionText = module.version.description
        self.ordinal = ordinal
    }
}
