import Foundation

/// The group a setgid Muster runs with (`muster setup shared`): it opens the shared database and is then
/// given up for good, so that no file the command opens afterwards (an export, a `-o` file) is opened with it.
public enum GroupPrivilege {
    /// Whether the process holds a group its user was not started with: the installed copy is setgid.
    public static var isElevated: Bool { getegid() != getgid() }

    /// Sets the effective and saved group ids to the real one, so the executable's group cannot be taken
    /// back later in the process. (`setregid` with the real id changes the saved id too; Glibc's module has
    /// no `setresgid`.) Checked against the kernel's own account in /proc where there is one.
    public static func dropForGood() throws {
        let own = getgid()
        guard setregid(own, own) == 0, getegid() == own else {
            throw StoreError.storage("cannot give up the group muster runs with: \(String(cString: strerror(errno)))")
        }
        if let held = heldGroupIDs(), held.contains(where: { $0 != own }) {
            throw StoreError.storage("muster still holds group ids \(held.sorted()) after giving up its group")
        }
    }

    /// The group ids (real, effective, saved, filesystem) the calling thread holds, from /proc (nil where
    /// there is none). Glibc's `setregid` changes every thread of the process; the one it cannot reach is
    /// the first thread of an async `main`, which `dispatch_main` parks, exiting, in `sigsuspend` before
    /// any command runs, where it opens nothing.
    static func heldGroupIDs() -> Set<gid_t>? {
        guard let status = try? String(contentsOfFile: "/proc/thread-self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Gid:") }) else { return nil }
        return Set(line.dropFirst(4).split(whereSeparator: { $0 == " " || $0 == "\t" }).compactMap { gid_t($0) })
    }
}
