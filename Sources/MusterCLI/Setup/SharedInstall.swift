import Foundation
import MusterStore

/// The copy of muster `muster setup shared` installed setgid to the agency's group. Where its configuration
/// lies was fixed at install time: a one-line file beside the executable (`muster.config-path` next to
/// `muster`), owned by root and writable by no one else, names it. The executable is found through
/// `/proc/self/exe`, never `argv[0]` or the environment, so whoever runs it cannot point it elsewhere.
struct SharedInstall {
    /// The configuration the install names.
    var configPath: String
    var config: SharedConfig

    /// The file beside an installed executable that names its configuration.
    static func configPointer(besides executable: String) -> String {
        executable + ".config-path"
    }

    /// The running executable's installation: nil for a personal copy of muster; an error for a setgid copy
    /// whose installation files are missing or could have been changed by someone other than root.
    static func current() throws -> SharedInstall? {
        guard let pointer = runningConfigPointer() else {
            guard !GroupPrivilege.isElevated else {
                throw MusterFailure.storage(
                    "this muster runs setgid but nothing beside it names its configuration; "
                    + "install it with `muster setup shared`")
            }
            return nil
        }
        let configPath = try trustedText(pointer).trimmingCharacters(in: .whitespacesAndNewlines)
        guard configPath.hasPrefix("/") else {
            throw MusterFailure.storage("\(pointer) must name the configuration by an absolute path")
        }
        return SharedInstall(configPath: configPath, config: try SharedConfig.parse(trustedText(configPath), file: configPath))
    }

    /// Whether this process must take its database from an installation, never from `--db` or `$MUSTER_DB`:
    /// it runs setgid, or it is an installed copy.
    static var isEnforced: Bool {
        GroupPrivilege.isElevated || runningConfigPointer() != nil
    }

    /// The config pointer beside the running executable, if there is one.
    private static func runningConfigPointer() -> String? {
        guard let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") else { return nil }
        let pointer = configPointer(besides: executable)
        return FileManager.default.fileExists(atPath: pointer) ? pointer : nil
    }

    /// The file's text, if only root can have written it.
    private static func trustedText(_ path: String) throws -> String {
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: path)
        } catch {
            throw MusterFailure.storage("the shared installation's \(path) cannot be read: \(error.localizedDescription)")
        }
        let owner = (attributes[.ownerAccountID] as? NSNumber)?.intValue
        let mode = (attributes[.posixPermissions] as? NSNumber)?.intValue ?? 0o777
        guard owner == 0, mode & 0o022 == 0, attributes[.type] as? FileAttributeType == .typeRegular else {
            throw MusterFailure.storage("refusing \(path): it must be a file owned by root and writable by no one else")
        }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw MusterFailure.storage("the shared installation's \(path) cannot be read as UTF-8 text")
        }
        return text
    }
}
