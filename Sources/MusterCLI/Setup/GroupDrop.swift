import MusterStore

/// Where a setgid muster gives up its group: once, right after the database is open and the login's access
/// has been read (so the file, its `-wal` and `-shm` are open), and before a command opens any file of
/// its own: an export, a `-o` file, a CSV it reads. Files it writes then belong to the user, and a path the
/// group could reach but the user cannot stays out of reach.
enum GroupDrop {
    /// Called by `Session.open`: every reader connection is opened first, since one opened later would be
    /// refused the group-only file.
    static func afterOpening(_ store: SQLiteRecordStore) throws {
        guard GroupPrivilege.isElevated else { return }
        try store.openEveryReader()
        try GroupPrivilege.dropForGood()
    }

    /// For a command that opens no database: the group is given up before it runs.
    static func beforeRunning() throws {
        guard GroupPrivilege.isElevated else { return }
        try GroupPrivilege.dropForGood()
    }
}
