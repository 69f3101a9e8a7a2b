import ArgumentParser
import Foundation
import MusterCore
import MusterStore

/// `muster setup shared [--group muster] [--database PATH] [--install PATH] [--config PATH]`, as root.
struct SetupSharedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shared",
        abstract: "Install muster setgid to a group, with a database only that group may open (root only).",
        discussion: """
            Creates the group (if missing); copies this muster to --install, owned by root and the group, mode \
            2755 (setgid); creates the database as `muster init` does, owned by root and the group, mode 0660, \
            in a folder of mode 2770 (root is its founding coordinator); and writes --config naming it. Beside \
            the installed copy, INSTALL.config-path (root's, 0644) names --config: the installed copy reads its \
            configuration from there only, and refuses --db and $MUSTER_DB.
            Add no one to the group: a member could open the file with sqlite3, past the roles. Everyone runs \
            the installed muster as themselves; grant roles with `sudo muster users grant LOGIN ROLE`.
            Safe to run again: new curriculum versions are added, nothing is replaced.
            """)

    @Option(help: "The group the installed muster runs with.") var group = "muster"
    @Option(help: ArgumentHelp("The database file (its folder must be Muster's own).", valueName: "PATH"))
    var database = "/var/lib/muster/muster.sqlite"
    @Option(help: ArgumentHelp("Where to install muster.", valueName: "PATH")) var install = "/usr/local/bin/muster"
    @Option(help: ArgumentHelp("Where to write the configuration.", valueName: "PATH")) var config = "/etc/muster/config.toml"
    @Option(help: ArgumentHelp("Also make this login a coordinator.", valueName: "LOGIN")) var coordinator: String?
    @OptionGroup var curricula: CurriculaOptions

    func validate() throws {
        for (option, path) in [("--database", database), ("--install", install), ("--config", config)] where !path.hasPrefix("/") {
            throw ValidationError("\(option) must be an absolute path")
        }
        guard !group.isEmpty, group.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
            throw ValidationError("--group must be a group name (letters, digits, - and _)")
        }
    }

    func run() throws {
        guard HostAccount.isRoot else {
            throw MusterFailure.validation("`muster setup shared` installs for every login of this host: run it as root")
        }
        let curriculum = try curricula.load()
        let gid = try SharedHostFiles.ensureGroup(group)
        let files = SharedHostFiles(group: gid)
        try files.prepareDatabaseFolder((database as NSString).deletingLastPathComponent)
        try createDatabase(curriculum: curriculum, access: .shared(group: gid))
        try files.installExecutable(at: install)
        try files.writeRootFile(config, SharedConfig(database: database, group: group).rendered(installedAt: install))
        try files.writeRootFile(SharedInstall.configPointer(besides: install), config + "\n")
        try StandardStreams.out("""
            installed \(install) (root:\(group), setgid); its configuration: \(config)
            database: \(database) (root:\(group), 0660)
            next: `sudo \(install) users grant LOGIN coordinator`; everyone else runs \(install) as themselves
            """)
    }

    /// As `muster init` does: the curricula loaded and root (the login running this) the founding coordinator.
    private func createDatabase(curriculum: Curriculum, access: DatabaseFileAccess) throws {
        try access.createFile(database)
        for suffix in ["", "-wal", "-shm", "-journal"] where FileManager.default.fileExists(atPath: database + suffix) {
            try access.claim(database + suffix, mode: access.fileMode)
        }
        let session = try Session.open(at: DatabaseLocation(path: database, fileAccess: access), for: .write(.manageUsers),
                                       create: true)
        var commands: [RecordCommand] = [.loadCurriculum(curriculum), .grantRole(login: session.login, role: .coordinator)]
        if let coordinator { commands.append(.grantRole(login: coordinator, role: .coordinator)) }
        for result in try session.apply(commands) {
            switch result {
            case .curriculumLoaded(let summary): try StandardStreams.out(CurriculumLoadText.describe(summary))
            case .roleGranted(let login, _, let changed):
                try StandardStreams.out(changed ? "login '\(login)' is now a coordinator" : "login '\(login)' was already a coordinator")
            default: break
            }
        }
    }
}
