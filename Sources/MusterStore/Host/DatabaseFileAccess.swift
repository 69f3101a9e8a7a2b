import Foundation

/// Who may open a database file: Muster creates it, and a folder for it, closed to other users whatever the
/// umask. SQLite gives the `-wal`, `-shm` and journal files the database file's mode (and, as root, its
/// owner), so they are closed the same way.
public struct DatabaseFileAccess: Sendable, Equatable {
    /// The database file's mode.
    public var fileMode: mode_t
    /// The mode of a folder Muster creates for it.
    public var folderMode: mode_t
    /// The group that owns both, or nil for the creating user's own.
    public var group: gid_t?

    public init(fileMode: mode_t, folderMode: mode_t, group: gid_t?) {
        self.fileMode = fileMode
        self.folderMode = folderMode
        self.group = group
    }

    /// One user's database: only its owner may read it (`muster init`).
    public static let personal = DatabaseFileAccess(fileMode: 0o600, folderMode: 0o700, group: nil)

    /// A shared host's database: its group may read and write it, others nothing; the folder's setgid bit
    /// gives the files SQLite creates beside it the same group.
    public static func shared(group: gid_t) -> DatabaseFileAccess {
        DatabaseFileAccess(fileMode: 0o660, folderMode: 0o2770, group: group)
    }

    /// Creates the folder (and any missing parents; the folder itself with `folderMode`) unless it exists.
    /// An existing folder is left as it is: it may be the user's working folder.
    public func createFolder(_ folder: String) throws {
        guard !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) else { return }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try claim(folder, mode: folderMode)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.storage("cannot create folder '\(folder)': \(error.localizedDescription)")
        }
    }

    /// Creates an empty database file with `fileMode` unless one exists; SQLite makes it a database on open.
    public func createFile(_ path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, fileMode)
        if descriptor < 0 {
            if errno == EEXIST { return }
            throw StoreError.storage("cannot create database '\(path)': \(String(cString: strerror(errno)))")
        }
        close(descriptor)
        try claim(path, mode: fileMode)
    }

    /// Gives `path` the group and mode, in that order: changing the owner clears a setgid bit.
    public func claim(_ path: String, mode: mode_t) throws {
        if let group, chown(path, geteuid(), group) != 0 {
            throw StoreError.storage("cannot give '\(path)' its group: \(String(cString: strerror(errno)))")
        }
        guard chmod(path, mode) == 0 else {
            throw StoreError.storage("cannot set the mode of '\(path)': \(String(cString: strerror(errno)))")
        }
    }
}
