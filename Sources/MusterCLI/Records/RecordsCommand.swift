import ArgumentParser
import MusterCore

/// A command over the records. It declares what the login must be allowed (`need`), and `openSession()`
/// refuses a login without it before the command reads a file, parses a date or looks anything up. A
/// `Session` can be had only this way (or through `DemoDatabase`, which takes a need too).
protocol RecordsCommand: ParsableCommand {
    var store: StoreOptions { get }
    /// What the login must be allowed for this command, as given on this command line.
    var need: AccessNeed { get }
}

extension RecordsCommand {
    func openSession(create: Bool = false) throws -> Session {
        try Session.open(store, for: need, create: create)
    }
}
