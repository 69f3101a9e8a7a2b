import Foundation
import MusterCore
import MusterStore

/// An open database together with who is acting and what they may do: what every records command starts from.
struct Session {
    let store: SQLiteRecordStore
    let path: String
    let login: String
    let access: AccessPolicy

    /// Opens the database named by `--db`/`$MUSTER_DB`/the default path. Unless `create`, a missing file is
    /// an error that says how to create one, rather than a silently created empty database.
    static func open(_ options: StoreOptions, create: Bool = false) throws -> Session {
        let path = try MusterDatabase.resolvePath(explicit: options.path, createFolder: create)
        guard create || FileManager.default.fileExists(atPath: path) else {
            throw MusterFailure.validation(
                "no database at \(path); create one with `muster init` (or `muster demo` for a demo agency), "
                + "or point to one with --db PATH or $MUSTER_DB")
        }
        let login = ActingLogin.current()
        let signingKey = try options.signingKeyPath().map(AuditSigningKey.read(path:))
        let store = try MusterDatabase.open(path: path, actor: login, signingKey: signingKey) { migrations in
            StandardStreams.notice("Upgrading \(path) for this version of Muster (\(migrations.joined(separator: ", "))); "
                                  + "a database of many officers can take a minute…")
        } afterUpgrading: { upgrade in
            if let relabelled = upgrade.relabelledCompletions {
                StandardStreams.notice("upgraded \(path): relabelled \(relabelled) completion(s) to the version in force on their date")
            }
        }
        let access = create ? try store.foundingAccess(for: login) : try store.access(for: login)
        return Session(store: store, path: path, login: login, access: access)
    }

    /// The store, for a read the login may make; the policy's refusal otherwise.
    func reads(_ read: RecordRead) throws -> SQLiteRecordStore {
        try store.reading(read, as: access)
    }

    @discardableResult
    func apply(_ commands: [RecordCommand]) throws -> [CommandResult] {
        try store.apply(commands, as: access)
    }

    /// The curriculum as loaded into this database (every version ever loaded).
    func curriculum() throws -> Curriculum {
        try store.curriculum()
    }

    /// The officer with this badge, or an error naming the badge.
    func officer(_ badge: String) throws -> Officer {
        guard let officer = try reads(.officer(badge: badge)).officer(badge: badge) else { throw StoreError.unknownBadge(badge) }
        return officer
    }
}
