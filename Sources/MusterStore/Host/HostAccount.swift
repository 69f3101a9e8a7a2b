import Foundation

/// The operating-system accounts Muster trusts. Who acts is the real user id's account, looked up in the
/// password database: never `$USER` or `$LOGNAME`, which whoever starts `muster` can set to anything.
/// It lives in the store because the lookups need C buffers, which the project keeps to this layer.
public enum HostAccount {
    /// The login of the real user id (`getuid`, not the effective one a setgid or setuid copy runs with);
    /// `uid-N` when the password database has no entry for it.
    public static func realLogin() -> String {
        let uid = getuid()
        return withPasswordBuffer { (buffer: UnsafeMutableBufferPointer<CChar>) -> Lookup<String> in
            guard let base = buffer.baseAddress else { return .found(nil) }
            var entry = passwd()
            var found: UnsafeMutablePointer<passwd>?
            let status = getpwuid_r(uid, &entry, base, buffer.count, &found)
            guard status == 0 else { return status == ERANGE ? .tooSmall : .found(nil) }
            return .found(found == nil ? nil : entry.pw_name.map { String(cString: $0) })
        } ?? "uid-\(uid)"
    }

    /// The id of the group named `name`, or nil when there is none.
    public static func groupID(named name: String) -> gid_t? {
        withPasswordBuffer { (buffer: UnsafeMutableBufferPointer<CChar>) -> Lookup<gid_t> in
            guard let base = buffer.baseAddress else { return .found(nil) }
            var entry = group()
            var found: UnsafeMutablePointer<group>?
            let status = getgrnam_r(name, &entry, base, buffer.count, &found)
            guard status == 0 else { return status == ERANGE ? .tooSmall : .found(nil) }
            return .found(found == nil ? nil : entry.gr_gid)
        }
    }

    /// Whether the real user is root (`muster setup shared` is root's alone).
    public static var isRoot: Bool { getuid() == 0 && geteuid() == 0 }

    private enum Lookup<T> {
        case found(T?)
        case tooSmall
    }

    /// Runs a reentrant lookup with a buffer for its strings, growing it while the lookup says it is too small.
    private static func withPasswordBuffer<T>(_ lookup: (UnsafeMutableBufferPointer<CChar>) -> Lookup<T>) -> T? {
        var size = 4096
        while size <= 1 << 20 {
            var buffer = [CChar](repeating: 0, count: size)
            let result = buffer.withUnsafeMutableBufferPointer { lookup($0) }
            switch result {
            case .found(let value): return value
            case .tooSmall: size *= 4
            }
        }
        return nil
    }
}
