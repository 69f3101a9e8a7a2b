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
    /// Added to the environment of every run (e.g. `MUSTER_DB`, `USER`).
    public var environment: [String: String]
    public var workingDirectory: URL?

    /// The `muster` built beside the running test bundle.
    public init(environment: [String: String] = [:], workingDirectory: URL? = nil) {
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
    }

    @discardableResult
    public func callAsFunction(_ arguments: String..., stdin: String? = nil) throws -> Run {
        try run(arguments, stdin: stdin)
    }

    public func run(_ arguments: [String], stdin: String? = nil) throws -> Run {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
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
    /// The binary run as login `coord` on `agency.sqlite` in a new temporary folder, working in that folder.
    public static func inTemporaryAgency() throws -> (folder: TemporaryDirectory, muster: MusterBinary) {
        let folder = try TemporaryDirectory()
        return (folder, MusterBinary(environment: ["MUSTER_DB": folder.file("agency.sqlite"), "USER": "coord"],
                                     workingDirectory: folder.url))
    }
}
