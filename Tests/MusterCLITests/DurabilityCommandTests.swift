import Foundation
import MusterTestSupport
import Testing

extension CLISuites {
    /// Read-only copies, backups, a killed demo, and a terminal that follows other processes' writes, all
    /// through the built binary.
    @Suite("Read-only copies, backup, incomplete demos, live TUI", .serialized)
    struct DurabilityCommandTests {
        @Test("backup copies and verifies, refuses an existing file without --force, and never the database itself")
        func backup() throws {
            let (folder, muster) = try MusterBinary.inTemporaryAgency()
            defer { folder.remove() }
            #expect(try muster("demo", "--officers", "20").status == 0)
            let copy = folder.file("copy.sqlite")
            let first = try muster("backup", copy)
            #expect(first.status == 0, "\(first.stderr)")
            #expect(first.stdout.contains("integrity ok, audit trail intact"))
            #expect(try muster("status", "--db", copy, "--format", "csv").stdout == muster("status", "--format", "csv").stdout)
            let again = try muster("backup", copy)
            #expect(again.status == 3)
            #expect(again.stderr.contains("already exists; use --force"))
            #expect(try muster("backup", copy, "--force").status == 0)
            for target in [folder.file("agency.sqlite"), folder.file("agency.sqlite-wal")] {
                let refused = try muster("backup", target, "--force")
                #expect(refused.status == 3)
                #expect(refused.stderr.contains("the database itself"), "\(refused.stderr)")
            }
            #expect(try muster("audit", "verify").status == 0)
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains("partial") }
            #expect(leftovers.isEmpty)
        }

        @Test("a demo killed part-way leaves a file every command refuses as incomplete")
        func killedDemo() throws {
            let (folder, muster) = try MusterBinary.inTemporaryAgency()
            defer { folder.remove() }
            let path = folder.file("agency.sqlite")
            let demo = Process()
            demo.executableURL = muster.executable
            demo.arguments = ["demo", "--officers", "50000"]
            demo.environment = ProcessInfo.processInfo.environment.merging(muster.environment) { $1 }
            demo.standardOutput = FileHandle.nullDevice
            demo.standardError = FileHandle.nullDevice
            try demo.run()
            defer { if demo.isRunning { kill(demo.processIdentifier, SIGKILL) } }
            // The mark is committed once a command refuses the file; kill the demo then, long before it ends.
            let deadline = Date().addingTimeInterval(120)
            var marked = false
            while !marked, Date() < deadline, demo.isRunning {
                Thread.sleep(forTimeInterval: 0.3)
                guard FileManager.default.fileExists(atPath: path) else { continue }
                marked = try muster("officers", "list").stderr.contains("incomplete")
            }
            #expect(marked)
            kill(demo.processIdentifier, SIGKILL)
            demo.waitUntilExit()
            for command in [["status"], ["audit", "verify"], ["export", "roster", "-o", folder.file("r.csv")],
                            ["backup", folder.file("b.sqlite")], ["demo"], ["officers", "list"]] {
                let run = try muster.run(command)
                #expect(run.status == 3, "\(command)")
                #expect(run.stderr.contains("incomplete"), "\(command): \(run.stderr)")
            }
        }

        @Test("as a real user, status, exports and audit verify read a read-only file in a read-only folder",
              .enabled(if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/sbin/useradd")))
        func readOnlyAsRealUser() throws {
            let user = "mstr19d" + String(UInt32.random(in: 0..<0xFFFF), radix: 16)
            try Self.shell("/usr/sbin/useradd", "-M", "-s", "/usr/sbin/nologin", user)
            defer { _ = try? Self.shell("/usr/sbin/userdel", user) }
            let (folder, muster) = try MusterBinary.inTemporaryAgency()
            defer { folder.remove() }
            let readOnly = folder.file("ro")
            let output = folder.file("out")
            try FileManager.default.createDirectory(atPath: readOnly, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
            let path = readOnly + "/agency.sqlite"
            #expect(try muster("demo", "--officers", "20", "--db", path).status == 0)
            #expect(try muster("users", "grant", user, "coordinator", "--db", path).status == 0)
            try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
            try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: readOnly)
            try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: output)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
            func asUser(_ arguments: String...) throws -> Output {
                try Self.shell("/usr/sbin/runuser", "-u", user, "--", "/usr/bin/env", "USER=\(user)", "MUSTER_DB=\(path)",
                               "NO_COLOR=1", muster.executable.path, arguments: arguments)
            }
            let status = try asUser("status", "--format", "csv")
            #expect(status.status == 0, "\(status.stderr)")
            #expect(status.stdout.split(separator: "\n").count > 20)
            let verify = try asUser("audit", "verify")
            #expect(verify.status == 0, "\(verify.stderr)")
            #expect(verify.stdout.contains("audit trail intact"))
            let export = try asUser("export", "roster", "-o", output + "/roster.csv")
            #expect(export.status == 0, "\(export.stderr)")
            let write = try asUser("officers", "add", "--badge", "99999", "--last-name", "Nope", "--first-name", "N")
            #expect(write.status == 3)
            #expect(write.stderr.contains("read-only"), "\(write.stderr)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: readOnly) == ["agency.sqlite"])
        }

        @Test("the terminal shows an officer another process adds within two seconds, without Ctrl-R",
              .enabled(if: TmuxSession.isAvailable))
        func liveTerminal() throws {
            let (folder, muster) = try MusterBinary.inTemporaryAgency()
            defer { folder.remove() }
            #expect(try muster("demo", "--officers", "20").status == 0)
            let tmux = try TmuxSession(
                columns: 100, rows: 30, command: muster.executable.path,
                environment: ["MUSTER_DB": folder.file("agency.sqlite"), "USER": "coord", "TERM": "xterm-256color",
                              "LANG": "C.UTF-8"])
            try tmux.waitFor("Certification status")
            try tmux.press("2")
            try tmux.press("/")
            try tmux.type("Zzyzx")
            try tmux.waitFor("0 of")
            #expect(try muster("officers", "add", "--badge", "77777", "--last-name", "Zzyzx", "--first-name", "Live").status == 0)
            let added = Date()
            try tmux.waitFor("Zzyzx, Live", timeout: 5)
            #expect(Date().timeIntervalSince(added) < 2.5)
        }

        struct Output {
            var status: Int32
            var stdout: String
            var stderr: String
        }

        /// Runs a program to its end (arguments after the fixed ones), capturing its output.
        @discardableResult
        static func shell(_ program: String, _ fixed: String..., arguments: [String] = []) throws -> Output {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: program)
            process.arguments = fixed + arguments
            let out = Pipe(), err = Pipe()
            process.standardOutput = out
            process.standardError = err
            try process.run()
            let outData = out.fileHandleForReading.readDataToEndOfFile()
            let errData = err.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return Output(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                          stderr: String(decoding: errData, as: UTF8.self))
        }
    }
}
