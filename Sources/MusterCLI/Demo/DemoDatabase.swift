import Foundation
import MusterCore
import MusterStore

/// The demo agency `muster --demo` opens: `--db` if given, else `demo.sqlite` in Muster's data folder,
/// built on first use into a temporary file and moved into place only when complete.
enum DemoDatabase {
    static let officers = 250
    static let seed: UInt64 = 1

    static func open(_ options: StoreOptions, for need: AccessNeed) throws -> Session {
        if SharedInstall.isEnforced {
            throw MusterFailure.usage("--demo is refused by the shared installation of muster; run a personal copy for the demo")
        }
        let path = try options.path ?? defaultPath()
        if options.path == nil, FileManager.default.fileExists(atPath: path), MusterDatabase.isOlderThanThisBuild(path: path) {
            // The default demo is derived from the seed: rebuilt rather than upgraded, so it shows this build's rules.
            try StandardStreams.error("\(path) was made by an earlier Muster; rebuilding the demo agency")
            for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        if !FileManager.default.fileExists(atPath: path) { try build(at: path) }
        let existing = StoreOptions.file(path, signingKey: options.signingKey)
        do {
            return try Session.open(existing, for: need)
        } catch StoreError.developmentDatabase where options.path == nil {
            // The default demo is Muster's own derived file, rebuilt from the seed: a copy a development build
            // made is replaced rather than left in the newcomer's way.
            try StandardStreams.error("\(path) was made by a development build of Muster; rebuilding the demo agency")
            for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            try build(at: path)
            return try Session.open(existing, for: need)
        }
    }

    /// `demo.sqlite` beside the default database, ignoring `$MUSTER_DB` so the demo never lands on real records.
    static func defaultPath() throws -> String {
        var environment = ProcessInfo.processInfo.environment
        environment["MUSTER_DB"] = nil
        let main = try MusterDatabase.resolvePath(explicit: nil, environment: environment, createFolder: false)
        return (main as NSString).deletingLastPathComponent + "/demo.sqlite"
    }

    private static func build(at path: String) throws {
        try StandardStreams.error("Building the demo agency in \(path) (first run only)…")
        let building = path + ".building-\(getpid())"
        defer {
            for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: building + suffix) }
        }
        let options = StoreOptions.file(building)
        do {
            let session = try Session.open(options, for: .write(.manageUsers), create: true)
            let summary = try DemoBuilder(session: session, curriculum: try CurriculumLoader.load(from: nil), officerCount: officers,
                                          seed: seed, asOf: .today()).build()
            try StandardStreams.error("Demo agency ready: \(summary)")
        }
        // The session (and its connection pool) is gone here, so the file is complete and closed.
        try FileManager.default.moveItem(atPath: building, toPath: path)
    }
}
