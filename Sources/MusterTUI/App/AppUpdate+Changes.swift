import TerminalUI

extension AppUpdate {
    /// How often the app asks whether another process has written the database: often enough that a write
    /// shows within two seconds, and each look is one `PRAGMA` on a connection of its own.
    static let changeCheckInterval = Duration.seconds(1)

    /// A tick: ask for the database's version. The answer (`databaseVersionRead`) decides whether to reload.
    static func tick(_ state: inout AppState) -> Next<AppEffect> {
        .run(.readDatabaseVersion)
    }

    /// The database's version as the watch read it. A newer one than the app last saw means someone else
    /// committed a change: the agency and the open officer are read again, as Ctrl-R would, without a word in
    /// the status line (it belongs to the user's own actions). A reload this started is let finish before
    /// another begins, so a busy database does not pile up loads. The version only grows (SQLite counts
    /// commits it has seen on the watch's one connection), so an older answer that arrives late is ignored.
    static func databaseVersionRead(_ version: Int64, _ state: inout AppState) -> Next<AppEffect> {
        guard let known = state.databaseVersion else {
            state.databaseVersion = version
            return .none
        }
        guard version > known, !state.followingChanges else { return .none }
        let effects = reloadEffects(state)
        guard !effects.isEmpty else { return .none }
        state.databaseVersion = version
        state.followingChanges = true
        return .run(effects)
    }

    /// A load read the database at `version`: what it shows is at least that new, so a tick that finds this
    /// version again need not reload (the app's own writes reload once, not twice).
    static func databaseVersionSeen(_ version: Int64, _ state: inout AppState) {
        state.databaseVersion = max(version, state.databaseVersion ?? version)
    }
}
