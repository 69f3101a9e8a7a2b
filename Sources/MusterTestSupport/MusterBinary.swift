import Foundation

/// Runs the built `muster` executable the way a user or a script would, and captures what it printed.
public struct MusterBinary: Sendable {
    /// What one run printed and how it exited.
    public struct Run: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String

        public var stdoutLines: [String] { stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).dropLastIfEmpty() }
    }

    public let executable: URL
    /// Added to the environment of every run (e.g. `MUSTER_DB`).
    public var environment: [String: String]
    public var workingDirectory: URL?
    /// A command line that runs the rest as another user (`HostUsers.runAs`); nil runs as the tests' user.
    public var launcher: [String]?

    /// The `muster` built beside the running test bundle.
    public init(environment: [String: String] = [:], workingDirectory: URL? = nil, launcher: [String]? = nil) {
        let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var directory = testBinary.deletingLastPathComponent()
        // On Linux the test binary is `<build>/debug/MusterPackageTests.xctest`; on macOS a bundle inside it.
        while !FileManager.default.isExecutableFile(atPath: directory.appending(path: "muster").path),
              directory.pathComponents.count > 1 {
            directory = directory.deletingLastPathComponent()
        }
        executable = directory.appending(path: "muster")
        self.environment = environment
        self.workingDirectory = workingDirectory
        self.launcher = launcher
    }

    /// The same binary at another path (an installed copy), with the same settings.
    public func at(_ path: String) -> MusterBinary {
        MusterBinary(executable: URL(fileURLWithPath: path), environment: environment, workingDirectory: workingDirectory,
                     launcher: launcher)
    }

    /// This binary, run as another user through `launcher` (`HostUsers.runAs(user)`).
    public func launched(by launcher: [String]?) -> MusterBinary {
        MusterBinary(executable: executable, environment: environment, workingDirectory: workingDirectory, launcher: launcher)
    }

    private init(executable: URL, environment: [String: String], workingDirectory: URL?, launcher: [String]?) {
        self.executable = executable
        self.environment = environment
        self.workingDirectory = workingDirectory
        self.launcher = launcher
    }

    @discardableResult
    public func callAsFunction(_ arguments: String..., stdin: String? = nil) throws -> Run {
        try run(arguments, stdin: stdin)
    }

    public func run(_ arguments: [String], stdin: String? = nil) throws -> Run {
        let process = Process()
        if let launcher, let tool = launcher.first {
            process.executableURL = URL(fileURLWithPath: tool)
            process.arguments = Array(launcher.dropFirst()) + [executable.path] + arguments
        } else {
            process.executableURL = executable
            process.arguments = arguments
        }
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env["COLUMNS"] = "120"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        if let workingDirectory { process.currentDirectoryURL = workingDirectory }
        let out = Pipe()
        let err = Pipe()
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        // Read both pipes before waiting, so a large output cannot fill a pipe and stall the child.
        let group = DispatchGroup()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                   stderr: String(decoding: errData, as: UTF8.self))
    }
}

extension Array where Element == String {
    fileprivate func dropLastIfEmpty() -> [String] {
        last == "" ? Array(dropLast()) : self
    }
}

extension MusterBinary {
    /// The binary run by the tests' own login on `agency.sqlite` in a new temporary folder, working in that folder.
    public static func inTemporaryAgency() throws -> (folder: TemporaryDirectory, muster: MusterBinary) {
        let folder = try TemporaryDirectory()
        return (folder, MusterBinary(environment: ["MUSTER_DB": folder.file("agency.sqlite")],
                                     workingDirectory: folder.url))
    }

    /// `muster init`, then `officers import` of `officersCSV`, written as `officers.csv` in the working folder:
    /// the agency most command-line suites start from. Throws when `init` fails; returns the import's run.
    public func initAgency(officers officersCSV: String) throws -> Run {
        let initialised = try self("init")
        guard initialised.status == 0, let folder = workingDirectory else { throw AgencySetupFailure(run: initialised) }
        try Data(officersCSV.utf8).write(to: folder.appending(path: "officers.csv"))
        return try self("officers", "import", "officers.csv")
    }
}

/// `muster init` failed (or the binary has no working folder to write the officers into).
public struct AgencySetupFailure: Error, CustomStringConvertible {
    public var run: MusterBinary.Run

    public var description: String { "muster init exited \(run.status): \(run.stderr)" }
}
