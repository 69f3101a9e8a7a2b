import Foundation
import GRDB

/// `muster backup`'s copy of a live database: SQLite's online backup API reads one consistent snapshot while
/// other processes keep writing, into a new file beside the destination that is checked before it takes the
/// destination's name, so a backup that fails or is killed never leaves a half-written file under that name.
public enum DatabaseBackup {
    /// Refuses a destination that is the database itself or one of its `-wal`, `-shm` or `-journal` files (by
    /// name or by being the same file), a symbolic link, a folder, or, unless `force`, an existing file.
    public static func checkDestination(_ destination: String, database: String, force: Bool) throws {
        // Folders resolved as `-o` resolves them, so a link to the database's folder is seen through too.
        do {
            try OutputFile.refuseDatabase(absolute(destination), database: absolute(database))
        } catch let refusal as OutputFileRefusal {
            throw StoreError.storage("refusing to back up over the database itself (\(refusal.path)); name another file")
        }
        let target = absolute(destination)
        let companions = ["", "-wal", "-shm", "-journal"]
        var targetStat = stat()
        let exists = lstat(target, &targetStat) == 0
        for suffix in companions {
            let companion = absolute(database) + suffix
            var companionStat = stat()
            let sameFile = exists && stat(companion, &companionStat) == 0
                && companionStat.st_dev == targetStat.st_dev && companionStat.st_ino == targetStat.st_ino
            if sameFile || (target as NSString).standardizingPath == (companion as NSString).standardizingPath {
                throw StoreError.storage("refusing to back up over the database itself (\(companion)); name another file")
            }
        }
        guard exists else { return }
        if (targetStat.st_mode & S_IFMT) == S_IFLNK {
            throw StoreError.storage("\(destination) is a symbolic link; name the file itself")
        }
        if (targetStat.st_mode & S_IFMT) == S_IFDIR {
            throw StoreError.storage("\(destination) is a folder; name a file inside it")
        }
        if !force { throw StoreError.storage("\(destination) already exists; use --force to replace it") }
    }

    /// A name beside `destination` for the copy while it is written and checked.
    public static func temporaryPath(for destination: String) -> String {
        let target = absolute(destination)
        let folder = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        return (folder as NSString).appendingPathComponent(".\(name).partial-\(getpid())")
    }

    /// Gives the checked copy the destination's name, replacing what was there (an existing file `--force` allowed).
    public static func moveIntoPlace(_ temporary: String, _ destination: String) throws {
        guard rename(temporary, absolute(destination)) == 0 else {
            throw StoreError.storage("cannot rename \(temporary) to \(destination): \(String(cString: strerror(errno)))")
        }
    }

    /// Removes the copy and any journal SQLite left beside it.
    public static func remove(_ temporary: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { unlink(temporary + suffix) }
    }

    static func absolute(_ path: String) -> String {
        (path as NSString).isAbsolutePath ? path : (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(path)
    }
}

extension SQLiteRecordStore {
    /// Copies the whole database, one consistent snapshot even while others write, into a new file at `path`
    /// created readable by its owner only (it holds every officer's records), in rollback-journal mode so that
    /// the copy is one self-contained file.
    public func backup(intoNewFile path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0o600)
        guard descriptor >= 0 else {
            throw StoreError.storage("cannot create \(path): \(String(cString: strerror(errno)))")
        }
        close(descriptor)
        do {
            try storageGuard {
                let copy = try DatabaseQueue(path: path)
                try writer.backup(to: copy)
                try copy.writeWithoutTransaction { db in _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = DELETE") }
                try copy.close()
            }
        } catch {
            // Only the file this call created (and what SQLite made beside it) goes.
            DatabaseBackup.remove(path)
            throw error
        }
    }

    /// What `PRAGMA integrity_check` finds wrong with the file; empty when it says "ok".
    public func integrityProblems() throws -> [String] {
        let lines = try read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
        return lines == ["ok"] ? [] : lines
    }
}
