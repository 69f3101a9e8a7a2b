import Foundation
import MusterStore

/// Which database file a command opens, and how a new one is closed to others.
struct DatabaseLocation {
    var path: String
    var fileAccess: DatabaseFileAccess

    /// The shared installation's configured database; otherwise `--db`, `$MUSTER_DB` or the default path,
    /// a new one personal (0600 in a 0700 folder). The shared installation refuses `--db` and `$MUSTER_DB`
    /// rather than ignoring them: its group opens only the database it was installed for.
    static func resolve(_ options: StoreOptions, create: Bool) throws -> DatabaseLocation {
        if SharedInstall.isEnforced {
            let given = options.path != nil ? "--db" : ProcessInfo.processInfo.environment["MUSTER_DB"].flatMap {
                $0.isEmpty ? nil : "$MUSTER_DB"
            }
            if let given {
                throw MusterFailure.usage(
                    "\(given) is refused: this is the shared installation of muster (setgid), which opens only the "
                    + "database its configuration names; run it without \(given)")
            }
        }
        if let shared = try SharedInstall.current() {
            guard let group = HostAccount.groupID(named: shared.config.group) else {
                throw MusterFailure.storage("the group '\(shared.config.group)' named in \(shared.configPath) does not exist")
            }
            return DatabaseLocation(path: shared.config.database, fileAccess: .shared(group: group))
        }
        let path = try MusterDatabase.resolvePath(explicit: options.path, createFolder: false)
        if create { try DatabaseFileAccess.personal.createFolder((path as NSString).deletingLastPathComponent) }
        return DatabaseLocation(path: path, fileAccess: .personal)
    }
}
