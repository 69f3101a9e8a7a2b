import ArgumentParser

import Foundation

/// `--db PATH` and `--signing-key FILE`, shared by every command that reads or writes the records.
struct StoreOptions: ParsableArguments {
    @Option(name: .customLong("db"),
            help: ArgumentHelp("The database file (default: $MUSTER_DB, else $XDG_DATA_HOME/muster/muster.sqlite).",
                               valueName: "PATH"))
    var path: String?

    @Option(name: .customLong("signing-key"),
            help: ArgumentHelp("Sign the audit events this command writes with this private key from `muster audit keygen` "
                               + "(default: $MUSTER_SIGNING_KEY; none: unsigned).", valueName: "FILE"))
    var signingKey: String?

    /// Options for a file named in code rather than on the command line. ArgumentParser's properties cannot be
    /// read until they are parsed or set, so a hand-made `StoreOptions()` must set every one; this does.
    static func file(_ path: String, signingKey: String? = nil) -> StoreOptions {
        var options = StoreOptions()
        options.path = path
        options.signingKey = signingKey
        return options
    }

    /// The signing key file: `--signing-key`, else `$MUSTER_SIGNING_KEY`, else none.
    func signingKeyPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let signingKey, !signingKey.isEmpty { return signingKey }
        return environment["MUSTER_SIGNING_KEY"].flatMap { $0.isEmpty ? nil : $0 }
    }
}
