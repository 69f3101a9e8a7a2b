import Foundation
import MusterTestSupport

/// `muster setup shared` run by root into a temporary prefix (never /etc or /usr/local), with real users
/// made for the test; everything is removed by `remove()`.
final class SharedHostFixture {
    let folder: TemporaryDirectory
    let users = HostUsers()
    let group: String
    let setup: MusterBinary.Run
    /// The installed copy, run by root.
    let installed: MusterBinary

    var database: String { folder.file("var/muster/muster.sqlite") }
    var install: String { folder.file("bin/muster") }
    var config: String { folder.file("etc/muster/config.toml") }

    init() throws {
        folder = try TemporaryDirectory()
        group = users.groupName("g")
        let built = MusterBinary(workingDirectory: folder.url)
        setup = try built("setup", "shared", "--group", group, "--database", folder.file("var/muster/muster.sqlite"),
                          "--install", folder.file("bin/muster"), "--config", folder.file("etc/muster/config.toml"))
        guard setup.status == 0 else { throw HostUsersError("setup shared failed: \(setup.stderr)") }
        installed = built.at(folder.file("bin/muster"))
    }

    /// The installed copy run as `user`, with `environment` added (e.g. `USER=root`, which must change nothing).
    func muster(as user: String, environment: [String: String] = [:]) throws -> MusterBinary {
        var binary = installed.launched(by: try users.runAs(user))
        binary.environment.merge(environment) { $1 }
        return binary
    }

    /// Any program run as `user`.
    func tool(_ path: String, as user: String) throws -> MusterBinary {
        installed.at(path).launched(by: try users.runAs(user))
    }

    /// `stat -c %a:%U:%G` of the file: its mode in octal, owner and group.
    func modeOwnerGroup(_ path: String) throws -> String {
        try installed.at("/usr/bin/stat")("-c", "%a:%U:%G", path).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A folder only `user` may write, for its output files.
    func privateFolder(for user: String) throws -> String {
        let path = folder.file("home-\(user)")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        let run = try installed.at("/bin/chown")(user, path)
        guard run.status == 0 else { throw HostUsersError("chown: \(run.stderr)") }
        return path
    }

    func remove() {
        users.remove()
        folder.remove()
    }
}
