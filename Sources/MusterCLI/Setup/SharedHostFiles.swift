import Foundation
import MusterStore

/// The files `muster setup shared` lays down, each owned by root with the mode that keeps the roles holding.
struct SharedHostFiles {
    let group: gid_t

    /// The group's id, adding the group (`groupadd --system`) when it does not exist.
    static func ensureGroup(_ name: String) throws -> gid_t {
        if let gid = HostAccount.groupID(named: name) { return gid }
        let groupadd = Process()
        groupadd.executableURL = URL(fileURLWithPath: "/usr/sbin/groupadd")
        groupadd.arguments = ["--system", name]
        do {
            try groupadd.run()
            groupadd.waitUntilExit()
        } catch {
            throw MusterFailure.storage("cannot run groupadd: \(error.localizedDescription)")
        }
        guard groupadd.terminationStatus == 0, let gid = HostAccount.groupID(named: name) else {
            throw MusterFailure.storage("groupadd --system \(name) failed (exit \(groupadd.terminationStatus))")
        }
        try StandardStreams.out("created group \(name)")
        return gid
    }

    /// The database's folder: created 2770 root:group, or taken over if it holds nothing but Muster's files,
    /// so the folder itself never lets others list, create or remove the database's files.
    func prepareDatabaseFolder(_ folder: String) throws {
        let access = DatabaseFileAccess.shared(group: group)
        if FileManager.default.fileExists(atPath: folder) {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            let foreign = names.filter { !$0.hasPrefix("muster.") && !$0.contains(".sqlite") }
            guard foreign.isEmpty else {
                throw MusterFailure.validation(
                    "\(folder) holds other files (\(foreign.prefix(3).joined(separator: ", "))); give the database a folder of its own")
            }
        } else {
            try access.createFolder(folder)
        }
        try access.claim(folder, mode: access.folderMode)
    }

    /// A copy of the running muster at `path`, root:group 2755, put in place by a rename so a running copy is
    /// never half overwritten.
    func installExecutable(at path: String) throws {
        let source = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        try makeParentFolder(of: path)
        let staging = path + ".installing-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: staging) }
        try? FileManager.default.removeItem(atPath: staging)
        do {
            try FileManager.default.copyItem(atPath: source, toPath: staging)
        } catch {
            throw MusterFailure.storage("cannot copy \(source) to \(staging): \(error.localizedDescription)")
        }
        // The owner first: changing it clears the setgid bit.
        try DatabaseFileAccess(fileMode: 0o2755, folderMode: 0o755, group: group).claim(staging, mode: 0o2755)
        guard rename(staging, path) == 0 else {
            throw MusterFailure.storage("cannot install \(path): \(String(cString: strerror(errno)))")
        }
    }

    /// `text` at `path`, root:root 0644, written beside it and renamed into place.
    func writeRootFile(_ path: String, _ text: String) throws {
        try makeParentFolder(of: path)
        let staging = path + ".writing-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: staging) }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: staging))
        } catch {
            throw MusterFailure.storage("cannot write \(path): \(error.localizedDescription)")
        }
        guard chown(staging, 0, 0) == 0, chmod(staging, 0o644) == 0, rename(staging, path) == 0 else {
            throw MusterFailure.storage("cannot write \(path): \(String(cString: strerror(errno)))")
        }
    }

    private func makeParentFolder(of path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        guard !FileManager.default.fileExists(atPath: folder) else { return }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o755])
        } catch {
            throw MusterFailure.storage("cannot create folder \(folder): \(error.localizedDescription)")
        }
    }
}
