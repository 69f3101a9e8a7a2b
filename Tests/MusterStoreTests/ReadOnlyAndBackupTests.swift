import Foundation
import GRDB
import MusterCore
@testable import MusterStore
import MusterTestSupport
import Testing

/// Reading a database without writing to it, copying a live one, and refusing one a killed build left behind.
/// (We run as root, which file modes do not stop: these open read-only through SQLite's flags; the command-line
/// tests prove the same as a real unprivileged user.)
@Suite("Read-only opening, backup, and incomplete databases")
struct ReadOnlyAndBackupTests {
    /// The fixture's file alone, copied into a new folder: a WAL-mode file with no -wal and no -shm.
    private func loneCopy(of fixture: StoreFixture) throws -> (TemporaryDirectory, String) {
        try fixture.store.executeBehindMustersBack("PRAGMA wal_checkpoint(TRUNCATE)")
        let folder = try TemporaryDirectory()
        let copy = folder.file("copy.sqlite")
        try FileManager.default.copyItem(atPath: fixture.path, toPath: copy)
        return (folder, copy)
    }

    @Test("a read-only open reads everything, writes nothing beside the file, and refuses writes with a sentence")
    func readOnlyOpen() throws {
        let fixture = try StoreFixture()
        let (folder, copy) = try loneCopy(of: fixture)
        defer { folder.remove() }
        let before = try Data(contentsOf: URL(fileURLWithPath: copy))
        let store = try MusterDatabase.openReadOnly(path: copy)
        #expect(try store.officerCount(.all) == StoreFixture.officers.count)
        #expect(try store.integrityProblems().isEmpty)
        #expect(try store.auditChainCheck().firstBrokenLink == nil)
        #expect(throws: StoreError.storage("the database is read-only here (file or folder not writable by you): "
                                           + "this command writes to it; reads such as status, exports and audit verify work")) {
            _ = try store.apply([.grantRole(login: "kim", role: .auditor)], as: .coordinator("tester"))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: copy)) == before)
    }

    @Test("a database that needs upgrading is refused read-only, not upgraded")
    func readOnlyNeedsUpgrade() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let path = folder.file("old.sqlite")
        do {
            let queue = try DatabaseQueue(path: path)
            var migrator = DatabaseMigrator()
            migrator.registerMigration("v1-schema") { db in try db.execute(sql: SchemaV1.sql) }
            try migrator.migrate(queue)
        }
        let error = try #require(throws: StoreError.self) { _ = try MusterDatabase.openReadOnly(path: path) }
        #expect(error.description.contains("must be upgraded"))
        #expect(error.isStorageFailure)
        let queue = try DatabaseQueue(path: path)
        #expect(try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM grdb_migrations") } == 1)
    }

    @Test("a build that throws or dies leaves the file marked incomplete, and both opens refuse it")
    func incompleteRefused() throws {
        let fixture = try StoreFixture()
        struct Killed: Error {}
        #expect(throws: Killed.self) { try fixture.store.buildingUntilComplete { throw Killed() } }
        for open in [{ try MusterDatabase.open(path: fixture.path) }, { try MusterDatabase.openReadOnly(path: fixture.path) }] {
            let error = try #require(throws: StoreError.self) { _ = try open() }
            #expect(error.description.contains("incomplete"))
        }
    }

    @Test("a finished build clears the mark")
    func completeBuildOpens() throws {
        let fixture = try StoreFixture()
        #expect(try fixture.store.buildingUntilComplete { 42 } == 42)
        #expect(try MusterDatabase.open(path: fixture.path).officerCount(.all) == StoreFixture.officers.count)
    }

    @Test("a backup is a checked, owner-only copy with every record and an intact audit trail")
    func backup() throws {
        let fixture = try StoreFixture()
        _ = try fixture.record("A1", SampleCurriculum.deEscalation, on: "2025-06-01", result: .pass, score: 90)
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let copy = folder.file("backup.sqlite")
        try fixture.store.backup(intoNewFile: copy)
        let attributes = try FileManager.default.attributesOfItem(atPath: copy)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let store = try MusterDatabase.openReadOnly(path: copy)
        #expect(try store.integrityProblems().isEmpty)
        #expect(try store.auditChainCheck().firstBrokenLink == nil)
        #expect(try store.integer("SELECT count(*) FROM completion") == fixture.store.integer("SELECT count(*) FROM completion"))
        #expect(try store.integer("SELECT count(*) FROM pragma_journal_mode WHERE journal_mode = 'delete'") == 1)
    }

    @Test("a backup never goes over the database or its companions, a link, a folder, or an existing file without --force")
    func backupDestinations() throws {
        let fixture = try StoreFixture()
        defer { fixture.directory.remove() }
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let existing = try folder.write("existing.sqlite", "x")
        let link = folder.file("link.sqlite")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: fixture.path)
        let otherLink = folder.file("other-link.sqlite")
        try FileManager.default.createSymbolicLink(atPath: otherLink, withDestinationPath: existing)
        // A folder linked to the database's own, naming a journal that does not exist yet.
        let linkedFolder = folder.file("linked-folder")
        try FileManager.default.createSymbolicLink(atPath: linkedFolder, withDestinationPath: fixture.directory.path)
        let cases: [(String, Bool, String)] = [
            (otherLink, true, "symbolic link"),
            (linkedFolder + "/" + (fixture.path as NSString).lastPathComponent + "-journal", true, "the database itself"),
            (fixture.path, true, "the database itself"),
            (fixture.path + "-wal", true, "the database itself"),
            (fixture.directory.path + "/./muster.sqlite-shm", true, "the database itself"),
            (link, true, "the database itself"),
            (existing, false, "already exists"),
            (folder.path, true, "is a folder"),
        ]
        for (destination, force, words) in cases where !words.isEmpty {
            let error = try #require(throws: StoreError.self, "\(destination)") {
                try DatabaseBackup.checkDestination(destination, database: fixture.path, force: force)
            }
            #expect(error.description.contains(words), "\(destination): \(error)")
        }
        try DatabaseBackup.checkDestination(existing, database: fixture.path, force: true)
        try DatabaseBackup.checkDestination(folder.file("new.sqlite"), database: fixture.path, force: false)
    }

    @Test("a backup whose file name is taken creates nothing and leaves that file as it was")
    func backupLeavesOthersFiles() throws {
        let fixture = try StoreFixture()
        defer { fixture.directory.remove() }
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let taken = try folder.write("taken.sqlite", "someone else's")
        #expect(throws: StoreError.self) { try fixture.store.backup(intoNewFile: taken) }
        #expect(try String(contentsOfFile: taken, encoding: .utf8) == "someone else's")
    }
}
