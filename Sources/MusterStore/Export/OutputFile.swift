#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Where an output file (`-o FILE`) may go, decided once before anything is written: every command that
/// writes a file the user named opens it through `OutputFile.open`, so the rules hold for all of them (and a
/// caller that must drop privileges before a file is opened has one place to do it before).
///
/// - The database and its `-wal`, `-shm` and `-journal` files are never written over, whichever name or hard
///   link reaches them: compared by resolved path and by device and inode.
/// - A symbolic link is never followed (nor replaced): an attacker's link would aim the write elsewhere.
/// - An existing file is replaced only when `replacing` (`--force`), keeping its mode and owner; a new file is
///   created 0600 (narrowed further by the umask), as it holds records the database keeps closed to others.
/// - A character device or FIFO (`/dev/null`, a named pipe) is written in place; any other kind is refused.
public enum OutputFile {
    /// How an existing path is written.
    enum Target {
        /// A regular file, written beside and moved into place; `existing` is the file it replaces.
        case regular(path: String, existing: stat?)
        /// A device or FIFO, written directly.
        case inPlace(path: String)
    }

    /// Decides how `path` may be written, or refuses with the reason.
    static func target(_ path: String, replacing: Bool, protecting database: String?) throws -> Target {
        if let database { try refuseDatabase(path, database: database) }
        var info = stat()
        guard lstat(path, &info) == 0 else {
            guard errno == ENOENT else { throw OutputFileRefusal(path: path, reason: "cannot be read: \(errorText())") }
            return .regular(path: path, existing: nil)
        }
        switch info.st_mode & S_IFMT {
        case S_IFLNK:
            throw OutputFileRefusal(path: path, reason: "is a symbolic link; Muster does not write through links: name the file itself")
        case S_IFDIR:
            throw OutputFileRefusal(path: path, reason: "is a folder")
        case S_IFCHR, S_IFIFO:
            return .inPlace(path: path)
        case S_IFREG:
            guard replacing else { throw OutputFileRefusal(path: path, reason: "already exists; use --force to replace it") }
            return .regular(path: path, existing: info)
        default:
            throw OutputFileRefusal(path: path, reason: "is not a regular file")
        }
    }

    /// The files of the database at `database` that an output must never replace.
    static func databaseFiles(_ database: String) -> [(path: String, what: String)] {
        [(database, "the database"), (database + "-wal", "the database's write-ahead log"),
         (database + "-shm", "the database's shared-memory index"), (database + "-journal", "the database's journal")]
    }

    /// Refuses `path` when it names one of the database's files, by its resolved folder or by device and inode.
    static func refuseDatabase(_ path: String, database: String) throws {
        guard database != ":memory:", !database.isEmpty else { return }
        let resolved = resolvedPath(path)
        var output = stat()
        let outputExists = stat(path, &output) == 0
        for (file, what) in databaseFiles(database) {
            var info = stat()
            let sameInode = outputExists && stat(file, &info) == 0 && info.st_dev == output.st_dev && info.st_ino == output.st_ino
            if sameInode || resolved == resolvedPath(file) {
                throw OutputFileRefusal(path: path, reason: "is \(what) (\(database)); write the export somewhere else")
            }
        }
    }

    /// `path` with its folder resolved (links, `.`, `..`) and its last name kept: what the path names whether or
    /// not the file exists yet.
    static func resolvedPath(_ path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        guard let real = realpath(folder.isEmpty ? "." : folder, nil) else { return path }
        defer { free(real) }
        return (String(cString: real) as NSString).appendingPathComponent(name)
    }

    static func errorText() -> String {
        String(cString: strerror(errno))
    }
}

/// An output path Muster will not write, with the reason: exit 1, as for any refused action.
public struct OutputFileRefusal: Error, Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public var description: String { "'\(path)' \(reason)" }

    /// True when the only objection is that the file exists, so asking "replace it?" can settle it.
    public var isExistingFile: Bool { reason.hasPrefix("already exists") }
}
