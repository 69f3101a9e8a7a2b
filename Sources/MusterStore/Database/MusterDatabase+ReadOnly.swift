import Foundation
import GRDB

extension MusterDatabase {
    /// Opens the database at `path` for reading only, writing nothing to it or beside it: what an auditor with a
    /// read-only copy (file and folder) gets. Refuses, with a sentence saying why, a database that needs an
    /// upgrade (that would be a write), one a killed `muster demo` left incomplete, and a write-ahead log whose
    /// changes SQLite cannot read here.
    ///
    /// SQLite reads a WAL-mode file through its `-shm` index, which it must be able to create when it is
    /// missing; in a folder it may not write, a file whose log is empty or gone is then opened as immutable
    /// (no locks, no `-shm`). That is safe because a file with no `-shm` beside it has no open connection.
    public static func openReadOnly(path: String, clock: StoreClock = .system) throws -> SQLiteRecordStore {
        _ = sqliteConfigured
        guard FileManager.default.fileExists(atPath: path) else { throw StoreError.storage("no database at \(path)") }
        var configuration = configuration()
        configuration.readonly = true
        let pool = try readablePool(path: path, configuration: configuration)
        let applied = try SchemaMigrations.applied(pool, path: path)
        let pending = SchemaMigrations.all.map(\.name).filter { !applied.contains($0) }
        if applied.isEmpty {
            throw StoreError.storage("\(path) is not a Muster database (it has none of Muster's tables)")
        }
        if !pending.isEmpty {
            throw StoreError.storage(
                "\(path) was made by an earlier Muster and must be upgraded (\(pending.joined(separator: ", "))) before "
                + "this one can read it, and it is read-only here: open it once where it can be written, or use that "
                + "earlier Muster")
        }
        try refuseIfIncomplete(pool, path: path)
        return SQLiteRecordStore(writer: pool, clock: clock)
    }

    /// Whether this process can write the file at `path` and create its `-wal` and `-shm` beside it. A file not
    /// there yet counts as writable: creating it is the open's job, and its errors say why it failed. Checked
    /// with the effective ids (`AT_EACCESS`): a copy installed setgid to the database's group writes through
    /// that group, which the real ids `access` would check lack.
    static func isWritable(path: String) -> Bool {
        guard FileManager.default.fileExists(atPath: path) else { return true }
        let folder = (path as NSString).deletingLastPathComponent
        return faccessat(AT_FDCWD, path, W_OK, AT_EACCESS) == 0
            && faccessat(AT_FDCWD, folder.isEmpty ? "." : folder, W_OK, AT_EACCESS) == 0
    }

    /// A read-only pool that has read the schema once, so a file SQLite cannot read fails here.
    private static func readablePool(path: String, configuration: Configuration) throws -> DatabasePool {
        let firstError: Error
        do {
            return try probed(DatabasePool(path: path, configuration: configuration))
        } catch {
            firstError = error
        }
        let log = path + "-wal"
        let logSize = (try? FileManager.default.attributesOfItem(atPath: log)[.size] as? Int) ?? 0
        if logSize > 0, !FileManager.default.fileExists(atPath: path + "-shm") {
            throw StoreError.storage(
                "cannot read \(path): \(log) holds changes not yet in the file, and SQLite needs a \(path)-shm beside "
                + "them that it cannot create in this read-only folder; copy both files into a folder you can write, "
                + "or have the database's owner run `muster backup` for a single-file copy")
        }
        do {
            return try probed(DatabasePool(path: immutableURI(path), configuration: configuration))
        } catch {
            throw StoreError.storage("cannot open database '\(path)' read-only: \(firstError)")
        }
    }

    private static func probed(_ pool: DatabasePool) throws -> DatabasePool {
        _ = try pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") }
        return pool
    }

    /// `file:PATH?immutable=1`, with the characters a URI gives meaning to escaped in the path.
    private static func immutableURI(_ path: String) -> String {
        let absolute = (path as NSString).isAbsolutePath
            ? path : (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(path)
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        return "file:" + (absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute) + "?immutable=1"
    }
}
