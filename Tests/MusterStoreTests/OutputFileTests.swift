import Foundation
import MusterCore
@testable import MusterStore
import MusterTestSupport
import Testing

@Suite("Output files: never the database, never through a link, an existing file only when asked, its mode kept")
struct OutputFileTests {
    /// Writes one CSV row to `path` as an export from the database at `database` would.
    func export(to path: String, replacing: Bool = false, database: String? = nil) throws {
        let writer = CSVExportWriter(output: try ExportOutput(path: path, replacing: replacing, protecting: database))
        try writer.writeRow(["new"])
        try writer.finish()
    }

    func mode(_ path: String) -> mode_t {
        var info = stat()
        lstat(path, &info)
        return info.st_mode & 0o7777
    }

    @Test("the database and its -wal, -shm and -journal are refused, even with --force and by another name",
          arguments: ["muster.sqlite", "muster.sqlite-wal", "muster.sqlite-shm", "muster.sqlite-journal",
                      "./sub/../muster.sqlite", "hardlink.sqlite"])
    func databaseRefused(name: String) throws {
        let fixture = try StoreFixture()
        defer { fixture.directory.remove() }
        try FileManager.default.createDirectory(atPath: fixture.directory.file("sub"), withIntermediateDirectories: true)
        #expect(link(fixture.path, fixture.directory.file("hardlink.sqlite")) == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: fixture.path))
        let target = fixture.directory.file(name)
        for replacing in [false, true] {
            #expect(throws: OutputFileRefusal.self) {
                try export(to: target, replacing: replacing, database: fixture.store.databasePath)
            }
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: fixture.path)) == before)
        #expect(try fixture.store.auditChainCheck().firstBrokenLink == nil)
        #expect(try fixture.store.officers(OfficerQuery()).count == StoreFixture.officers.count)
    }

    @Test("a symbolic link is refused, whatever it points at, and its target is left alone", arguments: [false, true])
    func symlinkRefused(replacing: Bool) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let target = try directory.write("secret.txt", "keep\n")
        chmod(target, 0o600)
        let link = directory.file("out.csv")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        let refusal = #expect(throws: OutputFileRefusal.self) { try export(to: link, replacing: replacing) }
        #expect(refusal?.reason.contains("symbolic link") == true)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "keep\n")
        #expect(mode(target) == 0o600)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
    }

    @Test("an existing file is refused without --force and replaced with it, keeping its mode",
          arguments: [0o600, 0o640, 0o644, 0o400] as [mode_t])
    func existingFile(existingMode: mode_t) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try directory.write("out.csv", "old\n")
        chmod(path, existingMode)
        let refusal = #expect(throws: OutputFileRefusal.self) { try export(to: path) }
        #expect(refusal?.isExistingFile == true)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old\n")
        try export(to: path, replacing: true)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new\n")
        #expect(mode(path) == existingMode)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["out.csv"])
    }

    @Test("a new file is created 0600 under any umask", arguments: [0o022, 0o002, 0o000, 0o077] as [mode_t])
    func newFileMode(mask: mode_t) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("new.csv")
        let previous = umask(mask)
        defer { umask(previous) }
        try export(to: path)
        #expect(mode(path) == 0o600)
    }

    @Test("a folder is refused")
    func folderRefused() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        #expect(throws: OutputFileRefusal.self) { try export(to: directory.path, replacing: true) }
    }

    @Test("a full device is a storage error, not a crash")
    func fullDevice() throws {
        let output = try ExportOutput(path: "/dev/full")
        try output.write("x")
        #expect(throws: StoreError.self) { try output.finish() }
    }
}
