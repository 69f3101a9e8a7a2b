import Foundation

/// Drives a program inside a private, detached tmux server, the way a person at a terminal would:
/// send keys, wait for text to appear, read the screen. Every wait has a deadline and reports the last
/// screen when it passes, so a stuck program fails a test instead of hanging it.
public final class TmuxSession {
    public enum Failure: Error, CustomStringConvertible {
        case timedOut(waitingFor: String, screen: String)
        case tmux(String)

        public var description: String {
            switch self {
            case .timedOut(let text, let screen): "timed out waiting for \(text.debugDescription); the screen was:\n\(screen)"
            case .tmux(let message): "tmux: \(message)"
            }
        }
    }

    /// Whether tmux is installed here.
    public static var isAvailable: Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") || FileManager.default.isExecutableFile(atPath: "/usr/local/bin/tmux")
    }

    private let socket = "muster-test-\(UUID().uuidString.prefix(8))"
    public let name = "t"

    /// Starts `command` (run by `sh -c`) in a new session of the given size.
    public init(columns: Int, rows: Int, command: String, environment: [String: String] = [:]) throws {
        var arguments = ["new-session", "-d", "-x", String(columns), "-y", String(rows), "-s", name]
        for (key, value) in environment.sorted(by: { $0.key < $1.key }) { arguments += ["-e", "\(key)=\(value)"] }
        arguments.append(command)
        // The server this starts lives on after the command; with a pipe for its output it would hold the
        // pipe open and a read to end-of-file would never return.
        try run(arguments, capturing: false)
    }

    deinit {
        _ = try? run(["kill-server"], capturing: false)
    }

    /// Sends tmux key names (`Enter`, `Escape`, `C-s`, `BTab`, `q`).
    public func press(_ keys: String...) throws {
        try run(["send-keys", "-t", name] + keys)
    }

    /// Types text literally.
    public func type(_ text: String) throws {
        try run(["send-keys", "-t", name, "-l", text])
    }

    public func resize(columns: Int, rows: Int) throws {
        try run(["resize-window", "-t", name, "-x", String(columns), "-y", String(rows)])
    }

    /// The visible screen as text lines.
    public func screen() throws -> String {
        try run(["capture-pane", "-t", name, "-p"])
    }

    /// Waits until the screen contains `text`, polling every 50 ms.
    @discardableResult
    public func waitFor(_ text: String, timeout: TimeInterval = 15) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if last.contains(text) { return last }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw Failure.timedOut(waitingFor: text, screen: last)
    }

    private static func shellQuoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    @discardableResult
    private func run(_ arguments: [String], capturing: Bool = true) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["tmux", "-L", socket, "-f", "/dev/null"] + arguments
        guard capturing else {
            // Not through Process: Foundation watches a child through a descriptor that the tmux server,
            // forked from the client, would inherit and keep open, so the wait would never end.
            let command = (["tmux", "-L", socket, "-f", "/dev/null"] + arguments).map(Self.shellQuoted).joined(separator: " ")
            let status = system(command + " </dev/null >/dev/null 2>&1")
            guard status == 0 else { throw Failure.tmux("\(arguments.first ?? "") exited with status \(status)") }
            return ""
        }
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 || arguments.first == "kill-server" else {
            throw Failure.tmux(String(decoding: errorData, as: UTF8.self))
        }
        return String(decoding: data, as: UTF8.self)
    }
}
