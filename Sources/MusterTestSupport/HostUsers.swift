import Foundation

/// Real operating-system users (and a group) for tests of identity and of the shared host, where an
/// environment variable must not do: each name starts `mstr19` and carries a random tag, so runs beside one
/// another never meet, and everything made is removed by `remove()` or when the value goes away, however the
/// test ends. Needs root, like the tests that use it.
public final class HostUsers {
    /// `mstr19` and four random letters: the start of every name this value makes.
    public let prefix: String
    private var users: [String] = []
    private var groups: [String] = []

    public init() {
        prefix = "mstr19" + String((0..<4).map { _ in "abcdefghijklmnopqrstuvwxyz".randomElement() ?? "x" })
    }

    /// Whether this process may add users (the tests run as root).
    public static var isAvailable: Bool { getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/sbin/useradd") }

    /// The login running the tests, as the password database names it.
    public static func currentLogin() throws -> String {
        try HostUsers.output("/usr/bin/id", ["-un"]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Adds user `prefix + suffix` with a group of its own and no home, and returns its name.
    @discardableResult
    public func addUser(_ suffix: String) throws -> String {
        let name = prefix + suffix
        try Self.retryingLock("/usr/sbin/useradd", ["--no-create-home", "--user-group", "--shell", "/usr/sbin/nologin", name])
        users.append(name)
        return name
    }

    /// The name of a group `prefix + suffix` that does not exist yet; it is removed with the users (a test
    /// has `muster setup shared` create it).
    public func groupName(_ suffix: String) -> String {
        let name = prefix + suffix
        groups.append(name)
        return name
    }

    /// The user's primary group id, for `setpriv --regid`.
    public func primaryGroupID(of user: String) throws -> String {
        try Self.output("/usr/bin/id", ["-g", user]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `setpriv` arguments that run the rest of a command line as `user`, with its own groups and nothing else
    /// of root's but the environment.
    public func runAs(_ user: String) throws -> [String] {
        ["/usr/bin/setpriv", "--reuid=\(user)", "--regid=\(try primaryGroupID(of: user))", "--init-groups", "--"]
    }

    public func remove() {
        for user in users.reversed() { _ = try? Self.retryingLock("/usr/sbin/userdel", [user]) }
        for group in groups { _ = try? Self.retryingLock("/usr/sbin/groupdel", [group]) }
        users = []
        groups = []
    }

    deinit {
        remove()
    }

    /// Runs a tool that edits /etc/passwd or /etc/group, again while another holds the files' lock or the
    /// user still has a process (for up to four seconds).
    private static func retryingLock(_ tool: String, _ arguments: [String]) throws {
        var last = ""
        for _ in 0..<20 {
            let (status, text) = try run(tool, arguments)
            if status == 0 { return }
            last = text
            // 10: another tool holds the files' lock; 8: a process of the user (a program the test ran as
            // it) is still exiting.
            guard text.contains("lock") || status == 10 || status == 8 else { break }
            Thread.sleep(forTimeInterval: 0.2)
        }
        throw HostUsersError("\(tool) \(arguments.joined(separator: " ")): \(last)")
    }

    private static func output(_ tool: String, _ arguments: [String]) throws -> String {
        let (status, text) = try run(tool, arguments)
        guard status == 0 else { throw HostUsersError("\(tool) \(arguments.joined(separator: " ")): \(text)") }
        return text
    }

    private static func run(_ tool: String, _ arguments: [String]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

public struct HostUsersError: Error, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
