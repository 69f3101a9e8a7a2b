import Foundation
import MusterStore
import MusterTestSupport
import Testing

@Suite("Database files are created closed to others")
struct DatabaseFileAccessTests {
    func mode(_ path: String) throws -> Int {
        try #require((try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue)
    }

    @Test("a personal database is 0600 in a new 0700 folder; a shared one 0660 in a 2770 folder of its group",
          arguments: [(DatabaseFileAccess.personal, 0o600, 0o700), (.shared(group: getgid()), 0o660, 0o2770)])
    func modes(access: DatabaseFileAccess, file: Int, folder: Int) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("new/deeper/agency.sqlite")
        try access.createFolder((path as NSString).deletingLastPathComponent)
        try access.createFile(path)
        #expect(try mode(path) & 0o7777 == file)
        #expect(try mode(directory.file("new/deeper")) & 0o7777 == folder)
        // SQLite gives the -wal and -shm the database file's mode.
        let store = try MusterDatabase.open(path: path)
        try withExtendedLifetime(store) {
            _ = try store.officerCount(.all)
            #expect(try mode(path + "-wal") & 0o7777 == file)
            #expect(try mode(path + "-shm") & 0o7777 == file)
        }
    }

    @Test("an existing folder is left as it is, and an existing file is not replaced")
    func existingKept() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let before = try mode(directory.path)
        try DatabaseFileAccess.personal.createFolder(directory.path)
        #expect(try mode(directory.path) == before)
        let path = try directory.write("agency.sqlite", "")
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
        try DatabaseFileAccess.personal.createFile(path)
        #expect(try mode(path) & 0o777 == 0o640)
    }
}
